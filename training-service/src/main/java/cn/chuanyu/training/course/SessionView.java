package cn.chuanyu.training.course;

import java.time.Instant;
import java.util.UUID;

/** A session as clients see it; times in UTC (ISO-8601). */
public record SessionView(
        UUID id,
        UUID courseId,
        UUID programmeId,
        Instant startsAt,
        Instant endsAt,
        String topic,
        String location,
        long version) {

    static SessionView of(CourseSession s) {
        return new SessionView(s.id, s.courseId, s.programmeId, s.startsAt, s.endsAt, s.topic, s.location, s.version);
    }
}
