package cn.chuanyu.training.imports;

import cn.chuanyu.training.enrolment.EnrolRequest;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;

/**
 * Historical enrolments, imported through the rules of enrolling that apply to history (Enrolments.importHistorical:
 * the programme's capacity and one current enrolment per trainee, not that an ended programme takes none), with the
 * same events. The status a row claims must be what the capacity rule gives it, so an import never overfills a
 * programme nor leaves a free place to someone waiting.
 */
@ApplicationScoped
public class EnrolmentImports {

    private final Enrolments enrolments;
    private final RowImports rows;

    EnrolmentImports(Enrolments enrolments, RowImports rows) {
        this.enrolments = enrolments;
        this.rows = rows;
    }

    /** Administrators only (the resource's role), so the one object rule is that the programme exists. */
    public ImportReport run(EnrolmentImport request, Locale language) {
        if (TrainingProgramme.findById(request.programmeId()) == null) {
            throw ProblemException.notFound("programme", request.programmeId());
        }
        return rows.run(request.rows(), request.applying(), row -> enrol(request, row), language);
    }

    private void enrol(EnrolmentImport request, EnrolmentImport.Row row) {
        Enrolment enrolment = enrolments.importHistorical(
                new EnrolRequest(request.programmeId(), row.name(), row.organisation()),
                row.trainee().strip(),
                row.enrolledAt());
        if (enrolment.status != row.status()) {
            throw new ProblemException(
                    Status.CONFLICT, "capacity-differs", "capacity-differs", row.status(), enrolment.status);
        }
    }
}
