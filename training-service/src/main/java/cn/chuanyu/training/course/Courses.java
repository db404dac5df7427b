package cn.chuanyu.training.course;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.UUID;

/**
 * Courses of a programme, managed by training administrators, and their sessions, managed by the course's own
 * instructor (or an administrator).
 */
@ApplicationScoped
public class Courses {

    private final TrainingProgrammes programmes;
    private final Event<SessionRemoval> removals;
    private final Event<SessionRescheduling> reschedulings;
    private final TrainingClock clock;

    Courses(
            TrainingProgrammes programmes,
            Event<SessionRemoval> removals,
            Event<SessionRescheduling> reschedulings,
            TrainingClock clock) {
        this.programmes = programmes;
        this.clock = clock;
        this.removals = removals;
        this.reschedulings = reschedulings;
    }

    @Transactional
    public Course create(CourseRequest request, String admin) {
        TrainingProgramme programme = programmes.get(request.programmeId());
        Course course = Course.create(programme, request, admin, clock.now());
        course.persist();
        return course;
    }

    @Transactional
    public Course edit(UUID id, CourseRequest request) {
        Course course = Course.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw ProblemException.notFound("course", id);
        }
        ProblemException.requireVersion("course", id, course.version, request.version());
        course.edit(programmes.get(course.programmeId), request, sessions(id));
        return course;
    }

    public Course get(UUID id) {
        Course course = Course.findById(id);
        if (course == null) {
            throw ProblemException.notFound("course", id);
        }
        return course;
    }

    /** Courses in schedule order; {@code programmeId} and {@code instructor} (an account) may be null. */
    public PageOf<Course> list(UUID programmeId, String instructor, int page, int size) {
        var query = programmeId == null && instructor == null
                ? Course.find("order by startsOn, title, id")
                : programmeId == null
                        ? Course.find("instructorAccount = ?1 order by startsOn, title, id", instructor)
                        : instructor == null
                                ? Course.find("programmeId = ?1 order by startsOn, title, id", programmeId)
                                : Course.find(
                                        "programmeId = ?1 and instructorAccount = ?2 order by startsOn, title, id",
                                        programmeId,
                                        instructor);
        var results = query.page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }

    /** Whether the account teaches a course of the programme (instructors see its roster and record its exams). */
    public boolean teachesIn(String account, UUID programmeId) {
        return Course.count("instructorAccount = ?1 and programmeId = ?2", account, programmeId) > 0;
    }

    @Transactional
    public CourseSession addSession(UUID courseId, SessionRequest request, Caller caller) {
        Course course = get(courseId);
        requireManages(course, caller);
        CourseSession session = CourseSession.create(course, request, caller.user(), clock.now());
        session.persist();
        return session;
    }

    @Transactional
    public CourseSession editSession(UUID courseId, UUID sessionId, SessionRequest request, Caller caller) {
        CourseSession session = lockedSession(courseId, sessionId, caller);
        ProblemException.requireVersion("session", sessionId, session.version, request.version());
        if (session.movedBy(request)) {
            reschedulings.fire(new SessionRescheduling(sessionId));
        }
        session.apply(get(courseId), request);
        return session;
    }

    @Transactional
    public void removeSession(UUID courseId, UUID sessionId, Caller caller) {
        CourseSession session = lockedSession(courseId, sessionId, caller);
        removals.fire(new SessionRemoval(sessionId));
        session.delete();
    }

    public List<CourseSession> sessions(UUID courseId) {
        return CourseSession.list("courseId = ?1 order by startsAt, id", courseId);
    }

    /** A course's sessions in time order, page by page. */
    public PageOf<CourseSession> sessions(UUID courseId, int page, int size) {
        var query = CourseSession.<CourseSession>find("courseId = ?1 order by startsAt, id", courseId)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    public CourseSession session(UUID sessionId) {
        CourseSession session = CourseSession.findById(sessionId);
        if (session == null) {
            throw ProblemException.notFound("session", sessionId);
        }
        return session;
    }

    /** Only the course's own instructor and training administrators manage its sessions and attendance. */
    public void requireManages(Course course, Caller caller) {
        caller.requireAdminOr(course.instructorAccount, "course-managers-only", course.title);
    }

    /** The course's session, as {@code lock} locks it; another course's is not found. */
    public CourseSession sessionOf(UUID courseId, UUID sessionId, LockModeType lock) {
        CourseSession session = CourseSession.findById(sessionId, lock);
        if (session == null || !session.courseId.equals(courseId)) {
            throw new ProblemException(
                    Status.NOT_FOUND, "not-found", "session-of-course-not-found", courseId, sessionId);
        }
        return session;
    }

    private CourseSession lockedSession(UUID courseId, UUID sessionId, Caller caller) {
        CourseSession session = sessionOf(courseId, sessionId, LockModeType.PESSIMISTIC_WRITE);
        requireManages(get(courseId), caller);
        return session;
    }
}
