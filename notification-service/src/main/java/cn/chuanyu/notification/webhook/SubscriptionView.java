package cn.chuanyu.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook subscription (its secret is shown only once, when it is created)")
public record SubscriptionView(
        @Schema(description = "the subscription") UUID id,

        @Schema(description = "where the events are POSTed", example = "https://research-office.example.edu/hooks")
        String targetUrl,

        @Schema(description = "the event types delivered") List<String> eventTypes,

        @Schema(nullable = true, description = "what it is for", example = "四川大学科研院：证书颁发同步")
        String description,

        @Schema(description = "whether deliveries go out") SubscriptionStatus status,

        @Schema(description = "when it was created") Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.targetUrl, List.of(s.eventTypes), s.description, s.status, s.createdAt);
    }
}
