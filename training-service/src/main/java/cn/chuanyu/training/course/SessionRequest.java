package cn.chuanyu.training.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One teaching session of a course; to edit one, send back the version you read", example = """
        {"startsAt": "2020-12-10T09:00:00+08:00", "endsAt": "2020-12-10T12:00:00+08:00",
         "topic": "《促进科技成果转化法》要点", "location": "易智网总部基地 一号教室"}""")
public record SessionRequest(
        @NotNull OffsetDateTime startsAt,

        @Schema(description = "after startsAt, on a day of the course") @NotNull
        OffsetDateTime endsAt,

        @Size(max = 200) String topic,

        @Schema(description = "room, or the online meeting address") @Size(max = 300)
        String location,

        @Schema(description = "the version read, required to edit")
        Long version) {}
