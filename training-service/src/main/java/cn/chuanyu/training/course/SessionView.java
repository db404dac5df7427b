package cn.chuanyu.training.course;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as clients see it; times in UTC (ISO-8601). */
@Schema(description = "One teaching session of a course; times in UTC (ISO-8601)")
public record SessionView(
        @Schema(description = "the session's id") UUID id,
        @Schema(description = "the course it belongs to") UUID courseId,
        @Schema(description = "the course's programme") UUID programmeId,
        @Schema(description = "when it starts (UTC)") Instant startsAt,
        @Schema(description = "when it ends (UTC)") Instant endsAt,

        @Schema(nullable = true, description = "what it covers; null if not given", example = "《促进科技成果转化法》要点")
        String topic,

        @Schema(
                nullable = true,
                description = "room or online meeting address; null if not given",
                example = "易智网总部基地 一号教室")
        String location,

        @Schema(description = "the version to send back with an edit", example = "0")
        long version) {

    static SessionView of(CourseSession s) {
        return new SessionView(s.id, s.courseId, s.programmeId, s.startsAt, s.endsAt, s.topic, s.location, s.version);
    }
}
