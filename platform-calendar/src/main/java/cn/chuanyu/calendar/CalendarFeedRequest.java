package cn.chuanyu.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new private calendar feed", example = """
        {"name": "手机日历"}""")
public record CalendarFeedRequest(
        @Schema(description = "what the owner calls it, to tell their feeds apart (e.g. the device it is on)")
        @NotBlank
        @Size(max = 100)
        String name) {}
