package cn.chuanyu.training.attendance;

import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.course.SessionRemoval;
import cn.chuanyu.training.course.SessionRescheduling;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Attendance per session, recorded by the course's instructor (or an administrator) or checked in by the trainee
 * ({@link CheckIns}), and each trainee's attendance rate: the weights of their statuses at the programme's sessions
 * held so far, out of those sessions.
 */
@ApplicationScoped
public class Attendances {

    private final Courses courses;
    private final Enrolments enrolments;
    private final AttendanceShortfalls shortfalls;
    private final AttendanceWeights weights;
    private final TrainingClock clock;

    Attendances(
            Courses courses,
            Enrolments enrolments,
            AttendanceShortfalls shortfalls,
            AttendanceWeights weights,
            TrainingClock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.shortfalls = shortfalls;
        this.weights = weights;
        this.clock = clock;
    }

    /** A trainee's attendance: how many of the sessions held they attended, online and offline, late or excused. */
    @Schema(
            description =
                    "A trainee's attendance: the sessions held so far (started by now) and their standing at each")
    public record Summary(
            @Schema(description = "the trainee's enrolment") UUID enrolmentId,

            @Schema(description = "the programme of the enrolment")
            UUID programmeId,

            @Schema(description = "the trainee's account (token subject name)", example = "zhangsan")
            String trainee,

            @Schema(description = "the trainee's name as enrolled", example = "张三")
            String traineeName,

            @Schema(description = "the programme's sessions that have started by now", example = "16")
            long sessionsHeld,

            @Schema(description = "sessions held that the trainee attended (PRESENT or LATE)", example = "14")
            long attended,

            @Schema(description = "of those, attended online", example = "4")
            long online,

            @Schema(description = "of those, attended offline", example = "10")
            long offline,

            @Schema(description = "of those attended, LATE", example = "1")
            long late,

            @Schema(description = "sessions held the trainee was EXCUSED from", example = "1")
            long excused,

            @Schema(
                    description = "the sum of the weights of the trainee's statuses at the sessions held (a session "
                            + "without a record: 0; weights chuanyu.training.attendance.weight.*, by default PRESENT 1,"
                            + " LATE 0.5, EXCUSED 0.5, ABSENT 0) / sessionsHeld, 4 decimals; 0 while no session has "
                            + "been held",
                    example = "0.8438")
            BigDecimal rate,

            @Schema(description = "the trainee's records of the sessions held, in time order")
            List<Entry> records) {}

    @Schema(description = "The trainee's standing at one session held")
    public record Entry(
            @Schema(description = "the session") UUID sessionId,

            @Schema(description = "the session's course (GET /api/training/courses/{id})")
            UUID courseId,

            @Schema(description = "the course's title", example = "技术转移政策与法规解读")
            String courseTitle,

            @Schema(description = "when the session started (UTC)")
            Instant startsAt,

            @Schema(description = "the trainee's standing") AttendanceStatus status,

            @Schema(nullable = true, description = "how the trainee attended; null unless PRESENT or LATE")
            AttendanceMode mode) {}

    /**
     * Records who was present; the whole list is refused if any of it is not an enrolled trainee of the session's
     * programme. The session row is locked so that concurrent recordings do not collide. Trainees who can no longer
     * reach the exam's minimum attendance are announced (once each) in the same transaction.
     */
    @Transactional
    public List<Attendance> record(UUID sessionId, AttendanceRequest request, Caller caller) {
        Instant now = clock.now();
        CourseSession session = write(sessionId, request.attendees(), caller, true, now);
        shortfalls.afterRecording(session, now);
        List<UUID> listed = request.attendees().stream()
                .map(AttendanceRequest.Attendee::enrolmentId)
                .toList();
        return Attendance.list("sessionId = ?1 and enrolmentId in ?2 order by trainee", sessionId, listed);
    }

    /**
     * One historical record (an import), by the rules of {@link #record}, except that a trainee already recorded at the
     * session is refused (already-recorded) rather than updated: an import adds history, it overwrites neither what was
     * recorded nor an earlier row of itself. It announces no shortfall: the importer calls {@link #announceShortfalls}
     * once all its rows are recorded, as a trainee whose records come in later rows would otherwise be announced
     * falsely (a session counts once anyone's attendance there is recorded).
     */
    @Transactional
    public void importHistorical(UUID sessionId, AttendanceRequest.Attendee attendee, Caller caller) {
        write(sessionId, List.of(attendee), caller, false, clock.now());
    }

    /** What {@link #record} announces after recording, for the session's programme, after an import. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceShortfalls(UUID sessionId) {
        shortfalls.afterRecording(courses.session(sessionId), clock.now());
    }

    /** The rules of recording; {@code correcting}: a trainee recorded already is updated, else refused. */
    private CourseSession write(
            UUID sessionId,
            List<AttendanceRequest.Attendee> attendees,
            Caller caller,
            boolean correcting,
            Instant now) {
        CourseSession session = CourseSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("session", sessionId);
        }
        courses.requireManages(courses.get(session.courseId), caller);
        session.requireStarted(now);
        Set<UUID> seen = new HashSet<>();
        List<UUID> refused = new ArrayList<>();
        for (AttendanceRequest.Attendee attendee : attendees) {
            if (!seen.add(attendee.enrolmentId())) {
                throw new ProblemException(
                        Status.BAD_REQUEST, "duplicate-attendee", "duplicate-attendee", attendee.enrolmentId());
            }
            if (attendee.standing().attended() == (attendee.mode() == null)) {
                throw new ProblemException(
                        Status.BAD_REQUEST,
                        "invalid-attendance-mode",
                        "invalid-attendance-mode",
                        attendee.enrolmentId(),
                        attendee.standing());
            }
            Enrolment enrolment = Enrolment.findById(attendee.enrolmentId());
            if (enrolment == null
                    || !enrolment.programmeId.equals(session.programmeId)
                    || enrolment.status != EnrolmentStatus.ENROLLED) {
                refused.add(attendee.enrolmentId());
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "not-enrolled", "not-enrolled-attendees", refused);
        }
        for (AttendanceRequest.Attendee attendee : attendees) {
            Attendance recorded = Attendance.<Attendance>find(
                            "sessionId = ?1 and enrolmentId = ?2", sessionId, attendee.enrolmentId())
                    .firstResult();
            if (recorded == null) {
                Enrolment enrolment = Enrolment.findById(attendee.enrolmentId());
                recorded = Attendance.of(session, enrolment, attendee.standing(), attendee.mode(), caller.user(), now);
                recorded.persist();
            } else if (correcting) {
                recorded.record(attendee.standing(), attendee.mode(), caller.user(), now);
            } else {
                throw new ProblemException(
                        Status.CONFLICT,
                        "already-recorded",
                        "already-recorded",
                        recorded.trainee,
                        sessionId,
                        recorded.status);
            }
            recorded.note = attendee.note() == null || attendee.note().isBlank()
                    ? null
                    : attendee.note().strip();
        }
        return session;
    }

    /** Takes back a record made in error. */
    @Transactional
    public void remove(UUID sessionId, UUID enrolmentId, Caller caller) {
        CourseSession session = courses.session(sessionId);
        courses.requireManages(courses.get(session.courseId), caller);
        // the entity, not a bulk delete: Envers audits what goes through the persistence context only
        Attendance recorded = Attendance.<Attendance>find("sessionId = ?1 and enrolmentId = ?2", sessionId, enrolmentId)
                .firstResult();
        if (recorded == null) {
            throw new ProblemException(Status.NOT_FOUND, "not-found", "attendance-not-found", sessionId, enrolmentId);
        }
        recorded.delete();
    }

    /** Who was present at a session, page by page: for the course's instructor and administrators. */
    public PageOf<Attendance> ofSession(UUID sessionId, Caller caller, int page, int size) {
        CourseSession session = courses.session(sessionId);
        courses.requireManages(courses.get(session.courseId), caller);
        var query = Attendance.<Attendance>find("sessionId = ?1 order by trainee, id", sessionId)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    public Summary summary(UUID enrolmentId, Caller caller) {
        Enrolment enrolment = enrolments.visible(enrolmentId, caller);
        List<CourseSession> held = held(enrolment.programmeId);
        Map<UUID, CourseSession> heldById = held.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<UUID, Course> coursesById = Course.<Course>list("programmeId", enrolment.programmeId).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Entry> entries = Attendance.<Attendance>list("enrolmentId", enrolmentId).stream()
                .filter(a -> heldById.containsKey(a.sessionId))
                .map(a -> {
                    CourseSession s = heldById.get(a.sessionId);
                    return new Entry(s.id, s.courseId, coursesById.get(s.courseId).title, s.startsAt, a.status, a.mode);
                })
                .sorted(Comparator.comparing(Entry::startsAt))
                .toList();
        long attended = entries.stream().filter(e -> e.status().attended()).count();
        long online =
                entries.stream().filter(e -> e.mode() == AttendanceMode.ONLINE).count();
        return new Summary(
                enrolment.id,
                enrolment.programmeId,
                enrolment.trainee,
                enrolment.traineeName,
                held.size(),
                attended,
                online,
                attended - online,
                count(entries, AttendanceStatus.LATE),
                count(entries, AttendanceStatus.EXCUSED),
                rate(entries.stream().map(Entry::status).toList(), held.size()),
                entries);
    }

    /**
     * The weighted rate of the programme's sessions held so far (see {@link Summary#rate()}); 0 while none was held.
     */
    public BigDecimal rate(Enrolment enrolment) {
        Instant now = clock.now();
        long held = CourseSession.count("programmeId = ?1 and startsAt <= ?2", enrolment.programmeId, now);
        List<AttendanceStatus> statuses = Attendance.<Attendance>list(
                        "enrolmentId = ?1 and sessionId in (select s.id from CourseSession s "
                                + "where s.programmeId = ?2 and s.startsAt <= ?3)",
                        enrolment.id,
                        enrolment.programmeId,
                        now)
                .stream()
                .map(a -> a.status)
                .toList();
        return rate(statuses, held);
    }

    /** A session with attendance recorded is not removed: the rates counted on it would change silently. */
    void refuseRemovingAttendedSession(@Observes SessionRemoval removal) {
        refuseIfAttended(removal.sessionId(), "attendance-recorded-remove");
    }

    /**
     * Nor moved: attendance records what happened at the time it was held (and a future session counts as not held).
     */
    void refuseReschedulingAttendedSession(@Observes SessionRescheduling rescheduling) {
        refuseIfAttended(rescheduling.sessionId(), "attendance-recorded-move");
    }

    private static void refuseIfAttended(UUID sessionId, String detailKey) {
        if (Attendance.count("sessionId", sessionId) > 0) {
            throw new ProblemException(Status.CONFLICT, "attendance-recorded", detailKey, sessionId);
        }
    }

    private BigDecimal rate(List<AttendanceStatus> statuses, long held) {
        BigDecimal credited = statuses.stream().map(weights::of).reduce(BigDecimal.ZERO, BigDecimal::add);
        return held == 0
                ? BigDecimal.ZERO.setScale(4)
                : credited.divide(BigDecimal.valueOf(held), 4, RoundingMode.HALF_UP);
    }

    private static long count(List<Entry> entries, AttendanceStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    private List<CourseSession> held(UUID programmeId) {
        return CourseSession.list("programmeId = ?1 and startsAt <= ?2 order by startsAt", programmeId, clock.now());
    }
}
