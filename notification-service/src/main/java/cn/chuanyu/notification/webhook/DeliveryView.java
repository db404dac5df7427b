package cn.chuanyu.notification.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event's delivery to a subscription: the delivery log")
public record DeliveryView(
        @Schema(description = "the delivery") UUID id,

        @Schema(
                description = "the event's id: also the webhook-id header, the same on every retry and replay",
                example = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        String eventId,

        @Schema(description = "the event's type", example = "cn.chuanyu.training.certificate.issued.v1")
        String eventType,

        @Schema(description = "where it stands") DeliveryStatus status,

        @Schema(description = "attempts so far (since the last replay)", example = "1")
        int attempts,

        @Schema(
                nullable = true,
                description = "the HTTP status of the last attempt; null before any or on no answer",
                example = "200")
        Integer lastStatusCode,

        @Schema(nullable = true, description = "how long the last attempt took, in milliseconds", example = "42")
        Long lastLatencyMs,

        @Schema(nullable = true, description = "why the last attempt failed")
        String lastError,

        @Schema(description = "when the event was queued for the subscription")
        Instant createdAt,

        @Schema(nullable = true, description = "when it was last attempted")
        Instant lastAttemptAt,

        @Schema(nullable = true, description = "when it will be attempted next; null unless pending")
        Instant nextAttemptAt,

        @Schema(nullable = true, description = "when the target accepted it")
        Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id,
                d.eventId,
                d.eventType,
                d.status,
                d.attempts,
                d.lastStatusCode,
                d.lastLatencyMs,
                d.lastError,
                d.createdAt,
                d.lastAttemptAt,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                d.deliveredAt);
    }
}
