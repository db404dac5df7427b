package cn.chuanyu.training.calendar;

import cn.chuanyu.calendar.FeedCalendar;
import cn.chuanyu.calendar.FeedEvent;
import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseMode;
import cn.chuanyu.training.course.CourseSession;
import cn.chuanyu.training.enrolment.EnrolmentStatus;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.TrainingProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A person's course sessions as calendar events: those of the programmes they are enrolled in and those they teach. */
@ApplicationScoped
public class TrainingCalendar {

    /** Older sessions leave the feed, so that it does not grow forever. */
    private static final long DAYS_KEPT = 365;

    private final EntityManager entities;
    private final TrainingClock clock;
    private final String publicBase;

    TrainingCalendar(
            EntityManager entities,
            TrainingClock clock,
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBase) {
        this.entities = entities;
        this.clock = clock;
        this.publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
    }

    /** The feed of the account: RFC 5545 text. */
    public String of(String account) {
        Instant now = clock.now();
        List<Object[]> rows = entities.createQuery("""
                        select s, c, p from CourseSession s, Course c, TrainingProgramme p
                        where c.id = s.courseId and p.id = s.programmeId and s.endsAt >= :since
                          and (c.instructorAccount = :account
                               or exists (select 1 from Enrolment e where e.programmeId = s.programmeId
                                          and e.trainee = :account and e.status = :enrolled))
                        order by s.startsAt, s.id""", Object[].class)
                .setParameter("account", account)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .setParameter("since", now.minus(DAYS_KEPT, ChronoUnit.DAYS))
                .getResultList();
        List<FeedEvent> events = rows.stream()
                .map(row -> event((CourseSession) row[0], (Course) row[1], (TrainingProgramme) row[2]))
                .toList();
        return FeedCalendar.write("training", "川渝技术经纪人培训日程", events, now);
    }

    /** The SEQUENCE grows with any change the event shows: the session's, its course's or its programme's. */
    private FeedEvent event(CourseSession session, Course course, TrainingProgramme programme) {
        var description = new StringJoiner("\n");
        description.add("培训班：" + programme.name);
        if (session.topic != null) {
            description.add("专题：" + session.topic);
        }
        description.add("授课专家：" + course.instructorName + "（" + course.instructorAffiliation + "）");
        description.add("方式：" + (course.mode == CourseMode.ONLINE ? "线上" : "线下"));
        return FeedEvent.timed(
                        "session-" + session.id + "@training.chuanyu.cn",
                        session.startsAt,
                        session.endsAt,
                        course.title)
                .describedAs(description.toString())
                .at(place(session, course, programme))
                .linkedTo(URI.create(publicBase + "/api/training/courses/" + course.id))
                .revision(session.version + course.version + programme.version, null);
    }

    private static String place(CourseSession session, Course course, TrainingProgramme programme) {
        if (session.location != null) {
            return session.location;
        }
        return course.mode == CourseMode.ONLINE ? "线上" : programme.venue;
    }
}
