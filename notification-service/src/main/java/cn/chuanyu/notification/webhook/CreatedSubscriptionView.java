package cn.chuanyu.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook subscription just created, with its signing secret: keep it, it is not shown again")
public record CreatedSubscriptionView(
        @Schema(description = "the subscription") UUID id,

        @Schema(description = "where the events are POSTed", example = "https://research-office.example.edu/hooks")
        String targetUrl,

        @Schema(description = "the event types delivered") List<String> eventTypes,

        @Schema(nullable = true, description = "what it is for")
        String description,

        @Schema(description = "whether deliveries go out") SubscriptionStatus status,

        @Schema(description = "when it was created") Instant createdAt,

        @Schema(
                description = "the signing secret (Standard Webhooks, whsec_ + base64 key); shown only now",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    static CreatedSubscriptionView of(WebhookSubscription s) {
        return new CreatedSubscriptionView(
                s.id, s.targetUrl, List.of(s.eventTypes), s.description, s.status, s.createdAt, s.secret);
    }
}
