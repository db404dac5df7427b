package cn.chuanyu.training.exam;

import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.training.attendance.Attendances;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exam sittings and scores. A trainee may sit while enrolled, with a high enough attendance rate, until they pass or
 * have used their retakes; the enrolment row is locked while an attempt is counted.
 */
@ApplicationScoped
public class Exams {

    private final TrainingProgrammes programmes;
    private final Courses courses;
    private final Enrolments enrolments;
    private final Attendances attendance;
    private final Outbox outbox;
    private final BigDecimal minimumAttendance;
    private final int maxRetakes;
    private final TrainingClock clock;

    Exams(
            TrainingProgrammes programmes,
            Courses courses,
            Enrolments enrolments,
            Attendances attendance,
            Outbox outbox,
            TrainingClock clock,
            @ConfigProperty(name = "chuanyu.training.exam.min-attendance-rate", defaultValue = "0.8")
                    BigDecimal minimumAttendance,
            @ConfigProperty(name = "chuanyu.training.exam.max-retakes", defaultValue = "1") int maxRetakes) {
        this.programmes = programmes;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.outbox = outbox;
        this.clock = clock;
        this.minimumAttendance = minimumAttendance;
        this.maxRetakes = maxRetakes;
    }

    /** Where a trainee stands: eligible to sit, attempts used and allowed, passed. */
    public record Standing(
            UUID enrolmentId,
            UUID programmeId,
            String trainee,
            String traineeName,
            BigDecimal attendanceRate,
            BigDecimal minimumAttendanceRate,
            boolean eligible,
            int attemptsUsed,
            int attemptsAllowed,
            boolean passed,
            List<ExamResult> results) {}

    @Transactional
    public ExamSitting schedule(SittingRequest request, String admin) {
        var sitting = ExamSitting.schedule(programmes.get(request.programmeId()), request, admin, clock.now());
        sitting.persist();
        return sitting;
    }

    public ExamSitting sitting(UUID id) {
        ExamSitting sitting = ExamSitting.findById(id);
        if (sitting == null) {
            throw ProblemException.notFound("exam-sitting", id);
        }
        return sitting;
    }

    /** Sittings by date, page by page; {@code programmeId} may be null. */
    public PageOf<ExamSitting> sittings(UUID programmeId, int page, int size) {
        var query = programmeId == null
                ? ExamSitting.<ExamSitting>find("order by heldOn, id")
                : ExamSitting.<ExamSitting>find("programmeId = ?1 order by heldOn, id", programmeId);
        var results = query.page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }

    /**
     * Records a score. Refused, changing nothing, unless the caller is an administrator or teaches in the programme,
     * the sitting has been held, and the trainee is enrolled, eligible by attendance, not yet passed, not yet scored at
     * this sitting and within their retakes.
     */
    @Transactional
    public ExamResult score(UUID sittingId, ScoreRequest request, Caller caller) {
        ExamSitting sitting = sitting(sittingId);
        requireExaminer(sitting, caller);
        sitting.requireHeldBy(clock.today());
        Enrolment enrolment = lockedCandidate(sitting, request.enrolmentId());
        Attempts attempts = attempts(enrolment.id);
        attempts.requireAnotherAt(sitting, enrolment);
        requireAttended(enrolment);
        var result =
                ExamResult.record(sitting, enrolment, attempts.next(), request.score(), caller.user(), clock.now());
        result.persist();
        outbox.publish(ExamEvents.scored(result, sitting, enrolment, attempts.allowed() - result.attempt));
        return result;
    }

    /** A sitting's scores, page by page: for administrators and the programme's instructors. */
    public PageOf<ExamResult> scores(UUID sittingId, Caller caller, int page, int size) {
        ExamSitting sitting = sitting(sittingId);
        requireExaminer(sitting, caller);
        var results = ExamResult.<ExamResult>find("sittingId = ?1 order by trainee, id", sittingId)
                .page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }

    /** A trainee's standing: their own, or for administrators and the programme's instructors. */
    public Standing standing(UUID enrolmentId, Caller caller) {
        Enrolment enrolment = enrolments.visible(enrolmentId, caller);
        Attempts attempts = attempts(enrolmentId);
        BigDecimal rate = attendance.rate(enrolment);
        boolean eligible = enrolment.status == EnrolmentStatus.ENROLLED
                && attempts.remain()
                && rate.compareTo(minimumAttendance) >= 0;
        return new Standing(
                enrolment.id,
                enrolment.programmeId,
                enrolment.trainee,
                enrolment.traineeName,
                rate,
                minimumAttendance,
                eligible,
                attempts.used(),
                attempts.allowed(),
                attempts.passed(),
                attempts.results());
    }

    /** The trainee's passing result, if they passed. */
    public ExamResult passOf(UUID enrolmentId) {
        return ExamResult.find("enrolmentId = ?1 and passed = true", enrolmentId)
                .firstResult();
    }

    /** 404 for an unknown sitting; 403 unless the caller is an administrator or teaches in its programme. */
    public void requireExaminer(UUID sittingId, Caller caller) {
        requireExaminer(sitting(sittingId), caller);
    }

    private void requireExaminer(ExamSitting sitting, Caller caller) {
        if (!caller.admin() && !(caller.instructor() && courses.teachesIn(caller.user(), sitting.programmeId))) {
            throw ProblemException.forbidden("examiners-only");
        }
    }

    /** Locked: two examiners scoring the same trainee at once count their attempts one after the other. */
    private static Enrolment lockedCandidate(ExamSitting sitting, UUID enrolmentId) {
        Enrolment enrolment = Enrolment.findById(enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null
                || !enrolment.programmeId.equals(sitting.programmeId)
                || enrolment.status != EnrolmentStatus.ENROLLED) {
            throw new ProblemException(Status.CONFLICT, "not-enrolled", "not-enrolled-candidate", enrolmentId);
        }
        return enrolment;
    }

    private void requireAttended(Enrolment enrolment) {
        BigDecimal rate = attendance.rate(enrolment);
        if (rate.compareTo(minimumAttendance) < 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "not-eligible",
                    "attendance-too-low",
                    enrolment.traineeName,
                    rate,
                    minimumAttendance);
        }
    }

    private Attempts attempts(UUID enrolmentId) {
        return new Attempts(ExamResult.list("enrolmentId = ?1 order by attempt", enrolmentId), 1 + maxRetakes);
    }
}
