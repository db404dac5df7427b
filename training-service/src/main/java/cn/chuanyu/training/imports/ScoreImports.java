package cn.chuanyu.training.imports;

import cn.chuanyu.training.exam.Exams;
import cn.chuanyu.training.exam.ScoreRequest;
import cn.chuanyu.training.imports.ScoreImportReport.RowProblem;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Historical exam scores, imported through the same rules as scoring one by one (Exams.score: a held sitting, an
 * enrolled trainee who attended enough, attempts left), so an import can do nothing a person could not, and emits the
 * same events. A dry run scores each row in a transaction that is rolled back and reports what would be refused; an
 * applied import scores every row in one transaction, only when no row has a problem: all or nothing.
 */
@ApplicationScoped
public class ScoreImports {

    private final Exams exams;
    private final Validator validator;

    ScoreImports(Exams exams, Validator validator) {
        this.exams = exams;
        this.validator = validator;
    }

    public ScoreImportReport run(ScoreImport request, Caller caller, Locale language) {
        exams.requireExaminer(request.sittingId(), caller);
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < request.rows().size(); i++) {
            problems.addAll(check(i + 1, request.sittingId(), request.rows().get(i), caller, language));
        }
        if (!request.applying() || !problems.isEmpty()) {
            return new ScoreImportReport(false, request.rows().size(), problems);
        }
        // a row checked alone may still clash with an earlier row (a second attempt): then nothing is imported
        QuarkusTransaction.requiringNew()
                .run(() -> request.rows().forEach(row -> exams.score(request.sittingId(), score(row), caller)));
        return new ScoreImportReport(true, request.rows().size(), List.of());
    }

    private List<RowProblem> check(int number, UUID sittingId, ScoreImport.Row row, Caller caller, Locale language) {
        ScoreRequest score = score(row);
        List<RowProblem> invalid = validator.validate(score).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new RowProblem(number, "validation", field(v) + ": " + v.getMessage()))
                .toList();
        if (!invalid.isEmpty()) {
            return invalid;
        }
        // scored as it would be, then rolled back: nothing of a dry run stays, its outbox rows neither
        QuarkusTransaction.begin();
        try {
            exams.score(sittingId, score, caller);
            return List.of();
        } catch (ProblemException refused) {
            Problem problem = refused.problem(language);
            String type = problem.type().toString();
            return List.of(new RowProblem(number, type.substring(type.lastIndexOf('/') + 1), problem.detail()));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static ScoreRequest score(ScoreImport.Row row) {
        return new ScoreRequest(row.enrolmentId(), row.score());
    }

    private static String field(ConstraintViolation<ScoreRequest> violation) {
        return violation.getPropertyPath().toString();
    }
}
