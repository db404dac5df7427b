package cn.chuanyu.notification.webhook;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replay every delivery queued in a time range")
public record ReplayRequest(
        @NotNull
        @Schema(description = "from this instant (inclusive)", required = true, example = "2020-12-10T00:00:00+08:00")
        OffsetDateTime from,

        @NotNull
        @Schema(description = "to this instant (exclusive)", required = true, example = "2020-12-11T00:00:00+08:00")
        OffsetDateTime to) {}
