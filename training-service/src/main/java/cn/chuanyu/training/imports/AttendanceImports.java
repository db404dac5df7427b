package cn.chuanyu.training.imports;

import cn.chuanyu.training.attendance.AttendanceRequest;
import cn.chuanyu.training.attendance.Attendances;
import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Locale;

/**
 * Historical attendance, imported through the rules of recording attendance (Attendances.importHistorical: the course's
 * instructor or an administrator, a started session, an enrolled trainee, a mode exactly when attended, one record per
 * trainee and session) with the same announcement of trainees who can no longer reach the minimum.
 */
@ApplicationScoped
public class AttendanceImports {

    private final Courses courses;
    private final Attendances attendances;
    private final RowImports rows;

    AttendanceImports(Courses courses, Attendances attendances, RowImports rows) {
        this.courses = courses;
        this.attendances = attendances;
        this.rows = rows;
    }

    public ImportReport run(AttendanceImport request, Caller caller, Locale language) {
        Course course = courses.get(request.courseId());
        courses.requireManages(course, caller);
        List<AttendanceImport.Row> imported = request.rows();
        return rows.run(
                imported,
                request.applying(),
                row -> record(course, row, caller),
                // every row is of the course's programme: one look at it after the last row announces them all
                () -> attendances.announceShortfalls(
                        imported.get(imported.size() - 1).sessionId()),
                language);
    }

    private void record(Course course, AttendanceImport.Row row, Caller caller) {
        CourseSession session = courses.sessionOf(course.id, row.sessionId(), LockModeType.NONE);
        String trainee = row.trainee().strip();
        Enrolment enrolment = Enrolment.<Enrolment>find(
                        "programmeId = ?1 and trainee = ?2 and status <> ?3",
                        session.programmeId,
                        trainee,
                        EnrolmentStatus.WITHDRAWN)
                .firstResult();
        if (enrolment == null) {
            throw new ProblemException(Status.CONFLICT, "not-enrolled", "not-enrolled-trainee", trainee);
        }
        attendances.importHistorical(
                session.id, new AttendanceRequest.Attendee(enrolment.id, row.status(), row.mode(), row.note()), caller);
    }
}
