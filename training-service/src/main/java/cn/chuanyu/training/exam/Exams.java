package cn.chuanyu.training.exam;

import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.training.access.Caller;
import cn.chuanyu.training.attendance.AttendanceRegister;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exam sittings and scores. A trainee may sit while enrolled, with a high enough attendance rate, until they pass or
 * have used their retakes; the enrolment row is locked while an attempt is counted.
 */
@ApplicationScoped
public class Exams {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TrainingProgrammes programmes;
    private final Courses courses;
    private final Enrolments enrolments;
    private final AttendanceRegister attendance;
    private final Outbox outbox;
    private final BigDecimal minimumAttendance;
    private final int maxRetakes;
    private final Clock clock = Clock.systemUTC();

    Exams(
            TrainingProgrammes programmes,
            Courses courses,
            Enrolments enrolments,
            AttendanceRegister attendance,
            Outbox outbox,
            @ConfigProperty(name = "chuanyu.training.exam.min-attendance-rate", defaultValue = "0.8")
                    BigDecimal minimumAttendance,
            @ConfigProperty(name = "chuanyu.training.exam.max-retakes", defaultValue = "1") int maxRetakes) {
        this.programmes = programmes;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.outbox = outbox;
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
        TrainingProgramme programme = programmes.get(request.programmeId());
        if (request.heldOn().isBefore(programme.startsOn)) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-dates",
                    "Sitting date is not valid",
                    "The sitting on " + request.heldOn() + " would be before the programme starts on "
                            + programme.startsOn);
        }
        var sitting = new ExamSitting();
        sitting.id = UUID.randomUUID();
        sitting.programmeId = programme.id;
        sitting.title = request.title().strip();
        sitting.heldOn = request.heldOn();
        sitting.passMark = request.passMark();
        sitting.createdBy = admin;
        sitting.createdAt = now();
        sitting.persist();
        return sitting;
    }

    public ExamSitting sitting(UUID id) {
        ExamSitting sitting = ExamSitting.findById(id);
        if (sitting == null) {
            throw ProblemException.notFound("Exam sitting", id);
        }
        return sitting;
    }

    public List<ExamSitting> sittings(UUID programmeId) {
        return programmeId == null
                ? ExamSitting.list("order by heldOn, id")
                : ExamSitting.list("programmeId = ?1 order by heldOn, id", programmeId);
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
        if (sitting.heldOn.isAfter(today())) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "sitting-not-held",
                    "The sitting has not been held",
                    "Sitting " + sittingId + " is on " + sitting.heldOn);
        }
        Enrolment enrolment = Enrolment.findById(request.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null
                || !enrolment.programmeId.equals(sitting.programmeId)
                || enrolment.status != EnrolmentStatus.ENROLLED) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "not-enrolled",
                    "Not enrolled in the programme",
                    "Enrolment " + request.enrolmentId() + " is not an enrolled trainee of the sitting's programme");
        }
        List<ExamResult> earlier = results(enrolment.id);
        if (earlier.stream().anyMatch(r -> r.sittingId.equals(sittingId))) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "already-scored",
                    "Already scored at this sitting",
                    enrolment.traineeName + " has a score at sitting " + sittingId);
        }
        if (earlier.stream().anyMatch(r -> r.passed)) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "already-passed",
                    "Already passed",
                    enrolment.traineeName + " has passed the exam already");
        }
        if (earlier.size() >= attemptsAllowed()) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "retakes-exhausted",
                    "No retakes left",
                    "%s has sat %d times; %d sittings are allowed"
                            .formatted(enrolment.traineeName, earlier.size(), attemptsAllowed()));
        }
        BigDecimal rate = attendance.rate(enrolment);
        if (rate.compareTo(minimumAttendance) < 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "not-eligible",
                    "Attendance too low to sit the exam",
                    "%s attended %s of the sessions held; %s is required"
                            .formatted(enrolment.traineeName, rate, minimumAttendance));
        }
        var result = new ExamResult();
        result.id = UUID.randomUUID();
        result.sittingId = sittingId;
        result.programmeId = sitting.programmeId;
        result.enrolmentId = enrolment.id;
        result.trainee = enrolment.trainee;
        result.score = request.score();
        result.passed = request.score().compareTo(sitting.passMark) >= 0;
        result.attempt = earlier.size() + 1;
        result.recordedBy = caller.user();
        result.recordedAt = now();
        result.persist();
        outbox.publish(ExamEvents.of(result, sitting, enrolment, attemptsAllowed() - result.attempt));
        return result;
    }

    /** A sitting's scores: for administrators and the programme's instructors. */
    public List<ExamResult> scores(UUID sittingId, Caller caller) {
        ExamSitting sitting = sitting(sittingId);
        requireExaminer(sitting, caller);
        return ExamResult.list("sittingId = ?1 order by trainee", sittingId);
    }

    /** A trainee's standing: their own, or for administrators and the programme's instructors. */
    public Standing standing(UUID enrolmentId, Caller caller) {
        Enrolment enrolment = enrolments.visible(enrolmentId, caller);
        List<ExamResult> results = results(enrolmentId);
        BigDecimal rate = attendance.rate(enrolment);
        boolean passed = results.stream().anyMatch(r -> r.passed);
        boolean eligible = enrolment.status == EnrolmentStatus.ENROLLED
                && !passed
                && results.size() < attemptsAllowed()
                && rate.compareTo(minimumAttendance) >= 0;
        return new Standing(
                enrolment.id,
                enrolment.programmeId,
                enrolment.trainee,
                enrolment.traineeName,
                rate,
                minimumAttendance,
                eligible,
                results.size(),
                attemptsAllowed(),
                passed,
                results);
    }

    /** The trainee's passing result, if they passed. */
    public ExamResult passOf(UUID enrolmentId) {
        return ExamResult.find("enrolmentId = ?1 and passed = true", enrolmentId)
                .firstResult();
    }

    private void requireExaminer(ExamSitting sitting, Caller caller) {
        if (!caller.admin() && !(caller.instructor() && courses.teachesIn(caller.user(), sitting.programmeId))) {
            throw ProblemException.forbidden(
                    "Only training administrators and the programme's instructors record exam scores");
        }
    }

    private static List<ExamResult> results(UUID enrolmentId) {
        return ExamResult.list("enrolmentId = ?1 order by attempt", enrolmentId);
    }

    private int attemptsAllowed() {
        return 1 + maxRetakes;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
