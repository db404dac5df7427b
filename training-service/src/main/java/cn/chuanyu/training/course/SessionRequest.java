package cn.chuanyu.training.course;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One teaching session of a course; to edit one, send back the version you read", example = """
        {"startsAt": "2020-12-10T09:00:00+08:00", "endsAt": "2020-12-10T12:00:00+08:00",
         "topic": "《促进科技成果转化法》要点", "location": "易智网总部基地 一号教室"}""")
public record SessionRequest(
        @Schema(description = "when it starts, with its offset; on a day of the course (days in Asia/Shanghai)")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "when it ends: after startsAt, on a day of the course (days in Asia/Shanghai)") @NotNull
        OffsetDateTime endsAt,

        @Schema(description = "what it covers; blank or absent for none", maxLength = 200) @Size(max = 200)
        String topic,

        @Schema(description = "room, or the online meeting address; blank or absent for none", maxLength = 300)
        @Size(max = 300)
        String location,

        @Schema(description = "the version read; required to edit, ignored on create") @Min(0)
        Long version) {}
