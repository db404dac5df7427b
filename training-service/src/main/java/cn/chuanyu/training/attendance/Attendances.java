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

/**
 * Attendance per session, recorded by the course's instructor (or an administrator), and each trainee's attendance
 * rate: sessions attended out of the programme's sessions held so far.
 */
@ApplicationScoped
public class Attendances {

    private final Courses courses;
    private final Enrolments enrolments;
    private final TrainingClock clock;

    Attendances(Courses courses, Enrolments enrolments, TrainingClock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** A trainee's attendance: how many of the sessions held they attended, online and offline. */
    public record Summary(
            UUID enrolmentId,
            UUID programmeId,
            String trainee,
            String traineeName,
            long sessionsHeld,
            long attended,
            long online,
            long offline,
            BigDecimal rate,
            List<Entry> records) {}

    public record Entry(UUID sessionId, UUID courseId, String courseTitle, Instant startsAt, AttendanceMode mode) {}

    /**
     * Records who was present; the whole list is refused if any of it is not an enrolled trainee of the session's
     * programme. The session row is locked so that concurrent recordings do not collide.
     */
    @Transactional
    public List<Attendance> record(UUID sessionId, AttendanceRequest request, Caller caller) {
        CourseSession session = CourseSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("Session", sessionId);
        }
        courses.requireManages(courses.get(session.courseId), caller);
        Instant now = clock.now();
        session.requireStarted(now);
        Set<UUID> seen = new HashSet<>();
        List<UUID> refused = new ArrayList<>();
        for (AttendanceRequest.Attendee attendee : request.attendees()) {
            if (!seen.add(attendee.enrolmentId())) {
                throw ProblemException.untranslated(
                        Status.BAD_REQUEST,
                        "duplicate-attendee",
                        "A trainee is listed twice",
                        "Enrolment " + attendee.enrolmentId() + " appears more than once");
            }
            Enrolment enrolment = Enrolment.findById(attendee.enrolmentId());
            if (enrolment == null
                    || !enrolment.programmeId.equals(session.programmeId)
                    || enrolment.status != EnrolmentStatus.ENROLLED) {
                refused.add(attendee.enrolmentId());
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "not-enrolled",
                    "Not enrolled in the programme",
                    "These are not enrolled trainees of the session's programme; nothing was recorded: " + refused);
        }
        for (AttendanceRequest.Attendee attendee : request.attendees()) {
            Attendance recorded = Attendance.<Attendance>find(
                            "sessionId = ?1 and enrolmentId = ?2", sessionId, attendee.enrolmentId())
                    .firstResult();
            if (recorded == null) {
                Enrolment enrolment = Enrolment.findById(attendee.enrolmentId());
                Attendance.present(session, enrolment, attendee.mode(), caller.user(), now)
                        .persist();
            } else {
                recorded.record(attendee.mode(), caller.user(), now);
            }
        }
        return ofSession(sessionId);
    }

    /** Takes back a record made in error. */
    @Transactional
    public void remove(UUID sessionId, UUID enrolmentId, Caller caller) {
        CourseSession session = courses.session(sessionId);
        courses.requireManages(courses.get(session.courseId), caller);
        if (Attendance.delete("sessionId = ?1 and enrolmentId = ?2", sessionId, enrolmentId) == 0) {
            throw ProblemException.notFound("Attendance at session " + sessionId + " of enrolment", enrolmentId);
        }
    }

    /** Who was present at a session: for the course's instructor and administrators. */
    public List<Attendance> ofSession(UUID sessionId, Caller caller) {
        CourseSession session = courses.session(sessionId);
        courses.requireManages(courses.get(session.courseId), caller);
        return ofSession(sessionId);
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
                    return new Entry(s.id, s.courseId, coursesById.get(s.courseId).title, s.startsAt, a.mode);
                })
                .sorted(Comparator.comparing(Entry::startsAt))
                .toList();
        long online =
                entries.stream().filter(e -> e.mode() == AttendanceMode.ONLINE).count();
        return new Summary(
                enrolment.id,
                enrolment.programmeId,
                enrolment.trainee,
                enrolment.traineeName,
                held.size(),
                entries.size(),
                online,
                entries.size() - online,
                rate(entries.size(), held.size()),
                entries);
    }

    /** Sessions attended out of the programme's sessions held so far; 0 while none has been held. */
    public BigDecimal rate(Enrolment enrolment) {
        Instant now = clock.now();
        long held = CourseSession.count("programmeId = ?1 and startsAt <= ?2", enrolment.programmeId, now);
        long attended = Attendance.count(
                "enrolmentId = ?1 and sessionId in (select s.id from CourseSession s "
                        + "where s.programmeId = ?2 and s.startsAt <= ?3)",
                enrolment.id,
                enrolment.programmeId,
                now);
        return rate(attended, held);
    }

    /** A session with attendance recorded is not removed: the rates counted on it would change silently. */
    void refuseRemovingAttendedSession(@Observes SessionRemoval removal) {
        refuseIfAttended(removal.sessionId(), "remove them first");
    }

    /**
     * Nor moved: attendance records what happened at the time it was held (and a future session counts as not held).
     */
    void refuseReschedulingAttendedSession(@Observes SessionRescheduling rescheduling) {
        refuseIfAttended(rescheduling.sessionId(), "its time cannot change; remove them first");
    }

    private static void refuseIfAttended(UUID sessionId, String remedy) {
        if (Attendance.count("sessionId", sessionId) > 0) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "attendance-recorded",
                    "Attendance was recorded for the session",
                    "Session " + sessionId + " has attendance records; " + remedy);
        }
    }

    private static BigDecimal rate(long attended, long held) {
        return held == 0
                ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(held), 4, RoundingMode.HALF_UP);
    }

    private List<CourseSession> held(UUID programmeId) {
        return CourseSession.list("programmeId = ?1 and startsAt <= ?2 order by startsAt", programmeId, clock.now());
    }

    private static List<Attendance> ofSession(UUID sessionId) {
        return Attendance.list("sessionId = ?1 order by trainee", sessionId);
    }
}
