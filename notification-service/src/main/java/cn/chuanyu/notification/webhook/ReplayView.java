package cn.chuanyu.notification.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many deliveries will be sent again")
public record ReplayView(
        @Schema(description = "deliveries queued again", example = "12")
        int replayed) {}
