package cn.chuanyu.training.imports;

import cn.chuanyu.training.imports.ImportReport.RowProblem;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The shape every import of history shares: each row is recorded through the service that records such a thing one by
 * one, in a transaction that is rolled back (nothing of a dry run stays, its outbox rows neither), and what would be
 * refused is reported per row; an applied import records every row in one transaction, only when no row has a problem:
 * all or nothing. The rows' schema (bean constraints) is checked before, on the request: a row breaking it is a 400 for
 * the whole request, as everywhere else, so the per-row problems are the domain rules' only.
 */
@ApplicationScoped
class RowImports {

    /** @param record records one row as a person would, throwing a ProblemException when the rules refuse it */
    <R> ImportReport run(List<R> rows, boolean applying, Consumer<R> record, Locale language) {
        return run(rows, applying, record, () -> {}, language);
    }

    /**
     * @param afterApplied what the applied import does once all rows are recorded, in their transaction (e.g. what
     *     recording does after a whole list rather than after each of its rows)
     */
    <R> ImportReport run(List<R> rows, boolean applying, Consumer<R> record, Runnable afterApplied, Locale language) {
        List<RowProblem> problems = dryRun(rows, record, language);
        if (!applying || !problems.isEmpty()) {
            return new ImportReport(false, rows.size(), problems);
        }
        // only what changed since the dry run (a concurrent change) can refuse a row now: its problem undoes all
        QuarkusTransaction.requiringNew().run(() -> {
            rows.forEach(record);
            afterApplied.run();
        });
        return new ImportReport(true, rows.size(), List.of());
    }

    /** Records the rows in order in one transaction, rolled back at the end, so each row meets the rows before it. */
    private <R> List<RowProblem> dryRun(List<R> rows, Consumer<R> record, Locale language) {
        List<RowProblem> problems = new ArrayList<>();
        List<R> passed = new ArrayList<>();
        QuarkusTransaction.begin();
        try {
            for (int i = 0; i < rows.size(); i++) {
                R row = rows.get(i);
                try {
                    record.accept(row);
                    passed.add(row);
                } catch (ProblemException refused) {
                    problems.add(problem(i + 1, refused, language));
                    // a refusal may leave the transaction rollback-only or half a row recorded: redo what passed
                    QuarkusTransaction.rollback();
                    QuarkusTransaction.begin();
                    passed.forEach(record);
                }
            }
            return problems;
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static RowProblem problem(int number, ProblemException refused, Locale language) {
        Problem problem = refused.problem(language);
        String type = problem.type().toString();
        return new RowProblem(number, type.substring(type.lastIndexOf('/') + 1), problem.detail());
    }
}
