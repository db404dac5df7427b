package cn.chuanyu.training.imports;

import cn.chuanyu.training.exam.Exams;
import cn.chuanyu.training.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Historical exam scores, imported through the same rules as scoring one by one (Exams.score: a held sitting, an
 * enrolled trainee who attended enough, attempts left), so an import can do nothing a person could not, and emits the
 * same events.
 */
@ApplicationScoped
public class ScoreImports {

    private final Exams exams;
    private final RowImports rows;

    ScoreImports(Exams exams, RowImports rows) {
        this.exams = exams;
        this.rows = rows;
    }

    public ImportReport run(ScoreImport request, Caller caller, Locale language) {
        exams.requireExaminer(request.sittingId(), caller);
        return rows.run(
                request.rows(), request.applying(), row -> exams.score(request.sittingId(), row, caller), language);
    }
}
