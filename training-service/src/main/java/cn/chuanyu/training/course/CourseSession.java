package cn.chuanyu.training.course;

import static cn.chuanyu.training.kernel.TrainingClock.CHINA;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One teaching session of a course: attendance is recorded per session. */
@Entity
@Audited
@Table(name = "course_session")
public class CourseSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String topic;

    public String location;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    static CourseSession create(Course course, SessionRequest request, String user, Instant now) {
        var session = new CourseSession();
        session.id = UUID.randomUUID();
        session.courseId = course.id;
        session.programmeId = course.programmeId;
        session.createdBy = user;
        session.createdAt = now;
        session.apply(course, request);
        return session;
    }

    /** Course days are days in China, whatever offset a client sends its times with. */
    void apply(Course course, SessionRequest request) {
        Instant start = request.startsAt().toInstant();
        Instant end = request.endsAt().toInstant();
        if (!end.isAfter(start) || !within(course, day(start), day(end))) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-session-time", "invalid-session-time", course.startsOn, course.endsOn);
        }
        startsAt = start;
        endsAt = end;
        topic = blankToNull(request.topic());
        location = blankToNull(request.location());
    }

    /** Whether a request would move the session: records of it as it was held would no longer be true. */
    boolean movedBy(SessionRequest request) {
        return !startsAt.equals(request.startsAt().toInstant())
                || !endsAt.equals(request.endsAt().toInstant());
    }

    /** Attendance is recorded once the session has started. */
    public void requireStarted(Instant now) {
        if (startsAt.isAfter(now)) {
            throw new ProblemException(Status.CONFLICT, "session-not-started", "session-not-started", id, startsAt);
        }
    }

    boolean fallsWithin(Course course) {
        return within(course, firstDay(), day(endsAt));
    }

    LocalDate firstDay() {
        return day(startsAt);
    }

    private static boolean within(Course course, LocalDate firstDay, LocalDate lastDay) {
        return !firstDay.isBefore(course.startsOn) && !lastDay.isAfter(course.endsOn);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
