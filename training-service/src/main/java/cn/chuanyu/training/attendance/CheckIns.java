package cn.chuanyu.training.attendance;

import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseMode;
import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Trainees check themselves in: with the code the instructor shows (it changes every 30 s), or at an online session
 * with its join token, during the session's window (from {@code opens-before} ahead of its start to its end). After the
 * grace period they are LATE. When the window has closed, a scheduled check records the enrolled trainees who did not
 * check in ABSENT and announces, in that transaction, those who can no longer reach the exam's minimum.
 */
@ApplicationScoped
public class CheckIns {

    /** 422 (RFC 9110): the code or token was read, and is not the right one; Jakarta REST 3.1 has no constant. */
    static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** Sessions closed per transaction: a backlog is worked off batch by batch. */
    static final int BATCH = 20;

    private final EntityManager entityManager;
    private final Courses courses;
    private final Enrolments enrolments;
    private final AttendanceShortfalls shortfalls;
    private final TrainingClock clock;
    private final Duration opensBefore;
    private final Duration grace;
    private final String publicBaseUrl;

    CheckIns(
            EntityManager entityManager,
            Courses courses,
            Enrolments enrolments,
            AttendanceShortfalls shortfalls,
            TrainingClock clock,
            @ConfigProperty(name = "chuanyu.training.check-in.opens-before", defaultValue = "15m") Duration opensBefore,
            @ConfigProperty(name = "chuanyu.training.check-in.late-after", defaultValue = "10m") Duration grace,
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBaseUrl) {
        this.entityManager = entityManager;
        this.courses = courses;
        this.enrolments = enrolments;
        this.shortfalls = shortfalls;
        this.clock = clock;
        this.opensBefore = opensBefore;
        this.grace = grace;
        this.publicBaseUrl = publicBaseUrl.replaceFirst("/+$", "");
    }

    /** The code to show now, for the course's instructor or an administrator; opens the check-in on first use. */
    @Transactional
    public CheckInCode code(UUID sessionId, Caller caller) {
        CourseSession session = courses.session(sessionId);
        Course course = courses.get(session.courseId);
        courses.requireManages(course, caller);
        Instant now = clock.now();
        SessionCheckIn checkIn = opened(sessionId, now);
        String code = checkIn.codeAt(now);
        return new CheckInCode(
                sessionId,
                code,
                publicBaseUrl + "/training/check-in?session=" + sessionId + "&code=" + code,
                Instant.ofEpochSecond((SessionCheckIn.step(now) + 1) * SessionCheckIn.STEP_SECONDS),
                SessionCheckIn.STEP_SECONDS,
                session.startsAt.minus(opensBefore),
                session.startsAt.plus(grace),
                session.endsAt,
                course.mode == CourseMode.ONLINE ? checkIn.joinToken : null,
                checkIn.closedAt);
    }

    /**
     * The trainee checks in. The session row is locked, as when the instructor records attendance, so a check-in and a
     * recording (or the same trainee twice) cannot both create the record.
     */
    @Transactional
    public Attendance checkIn(UUID sessionId, CheckInRequest request, Caller caller) {
        CourseSession session = CourseSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("session", sessionId);
        }
        Enrolment enrolment = enrolments.activeOf(session.programmeId, caller.user());
        if (enrolment == null || enrolment.status != EnrolmentStatus.ENROLLED) {
            throw ProblemException.forbidden("check-in-enrolled-only", sessionId);
        }
        Instant now = clock.now();
        SessionCheckIn checkIn = SessionCheckIn.findById(sessionId);
        Instant opensAt = session.startsAt.minus(opensBefore);
        if (checkIn == null || checkIn.closedAt != null || now.isBefore(opensAt) || now.isAfter(session.endsAt)) {
            throw new ProblemException(
                    Status.CONFLICT, "check-in-closed", "check-in-closed", sessionId, opensAt, session.endsAt);
        }
        Course course = courses.get(session.courseId);
        AttendanceMode mode = admitted(request, checkIn, course, now);
        Attendance recorded = Attendance.<Attendance>find(
                        "sessionId = ?1 and enrolmentId = ?2", sessionId, enrolment.id)
                .firstResult();
        if (recorded != null) {
            throw new ProblemException(
                    Status.CONFLICT, "already-checked-in", "already-checked-in", sessionId, recorded.status);
        }
        AttendanceStatus status =
                now.isAfter(session.startsAt.plus(grace)) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        var attendance = Attendance.of(session, enrolment, status, mode, caller.user(), now);
        attendance.persist();
        return attendance;
    }

    /** Who has checked in so far, and who not yet: the instructor's live list. */
    public CheckInRoll roll(UUID sessionId, Caller caller) {
        CourseSession session = courses.session(sessionId);
        courses.requireManages(courses.get(session.courseId), caller);
        List<Enrolment> enrolled = Enrolment.list(
                "programmeId = ?1 and status = ?2 order by trainee", session.programmeId, EnrolmentStatus.ENROLLED);
        List<Attendance> records = Attendance.list("sessionId", sessionId);
        return CheckInRoll.of(sessionId, enrolled, records);
    }

    @Scheduled(
            identity = "check-in-closing",
            every = "${chuanyu.training.check-in.close-check-interval}",
            delayed = "${chuanyu.training.check-in.close-check-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeEnded() {
        while (close(clock.now()) == BATCH) {
            // a full batch: there may be more
        }
    }

    /**
     * Closes up to {@link #BATCH} open check-ins of sessions ended by {@code now}: their rows locked and skipped by
     * another instance doing the same, so each is closed once. Returns how many.
     */
    @Transactional
    public int close(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ended = entityManager
                .createNativeQuery("""
                        select c.session_id from session_check_in c join course_session s on s.id = c.session_id
                        where c.closed_at is null and s.ends_at <= ?1
                        order by s.ends_at limit ?2
                        for update of c skip locked""")
                .setParameter(1, now)
                .setParameter(2, BATCH)
                .getResultList();
        for (UUID sessionId : ended) {
            CourseSession session = CourseSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
            // entities, not an insert-select: the audit trail (Envers) sees only what the persistence context writes
            List<Enrolment> absent = Enrolment.<Enrolment>find(
                            "programmeId = ?1 and status = ?2 and id not in "
                                    + "(select a.enrolmentId from Attendance a where a.sessionId = ?3)",
                            session.programmeId,
                            EnrolmentStatus.ENROLLED,
                            sessionId)
                    .list();
            for (Enrolment enrolment : absent) {
                Attendance.of(session, enrolment, AttendanceStatus.ABSENT, null, "check-in", now)
                        .persist();
            }
            SessionCheckIn.<SessionCheckIn>findById(sessionId).closedAt = now;
            entityManager.flush();
            shortfalls.afterRecording(session, now);
        }
        return ended.size();
    }

    /**
     * How the trainee attends if what they sent admits them: the code (the course's mode) or the join token (online).
     */
    private static AttendanceMode admitted(CheckInRequest request, SessionCheckIn checkIn, Course course, Instant now) {
        if ((request.code() == null) == (request.joinToken() == null)) {
            throw new ProblemException(Status.BAD_REQUEST, "check-in-credential", "check-in-credential");
        }
        if (request.code() != null) {
            if (!checkIn.accepts(request.code(), now)) {
                throw new ProblemException(UNPROCESSABLE_CONTENT, "invalid-check-in-code", "invalid-check-in-code");
            }
            return course.mode == CourseMode.ONLINE ? AttendanceMode.ONLINE : AttendanceMode.OFFLINE;
        }
        if (course.mode != CourseMode.ONLINE || !checkIn.acceptsJoinToken(request.joinToken())) {
            throw new ProblemException(UNPROCESSABLE_CONTENT, "invalid-check-in-code", "invalid-join-token");
        }
        return AttendanceMode.ONLINE;
    }

    /** The session's check-in, created on first use; a concurrent first use by another request is read back. */
    private SessionCheckIn opened(UUID sessionId, Instant now) {
        SessionCheckIn created = SessionCheckIn.create(sessionId, now);
        entityManager
                .createNativeQuery("""
                        insert into session_check_in (session_id, secret, join_token, created_at)
                        values (?1, ?2, ?3, ?4) on conflict (session_id) do nothing""")
                .setParameter(1, sessionId)
                .setParameter(2, created.secret)
                .setParameter(3, created.joinToken)
                .setParameter(4, now)
                .executeUpdate();
        return SessionCheckIn.findById(sessionId);
    }
}
