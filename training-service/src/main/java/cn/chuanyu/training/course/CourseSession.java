package cn.chuanyu.training.course;

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
import java.time.ZoneId;
import java.util.UUID;

/** One teaching session of a course: attendance is recorded per session. */
@Entity
@Table(name = "course_session")
public class CourseSession extends PanacheEntityBase {

    /** Course days are days in China, whatever offset a client sends its times with. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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

    void apply(Course course, SessionRequest request) {
        Instant start = request.startsAt().toInstant();
        Instant end = request.endsAt().toInstant();
        LocalDate firstDay = start.atZone(CHINA).toLocalDate();
        LocalDate lastDay = end.atZone(CHINA).toLocalDate();
        if (!end.isAfter(start) || firstDay.isBefore(course.startsOn) || lastDay.isAfter(course.endsOn)) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "invalid-session-time",
                    "Session time is not valid",
                    "The session must end after it starts and fall within the course's days %s to %s (China time)"
                            .formatted(course.startsOn, course.endsOn));
        }
        startsAt = start;
        endsAt = end;
        topic = blankToNull(request.topic());
        location = blankToNull(request.location());
    }

    boolean fallsWithin(Course course) {
        return !startsAt.atZone(CHINA).toLocalDate().isBefore(course.startsOn)
                && !endsAt.atZone(CHINA).toLocalDate().isAfter(course.endsOn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
