package cn.chuanyu.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription, stored before any attempt so that a restart loses nothing: attempted until the target
 * answers 2xx, with exponential backoff, and parked once retries have gone on for the configured time.
 */
@Entity
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID subscriptionId;
    public String eventId;
    public String eventSource;
    public String eventType;
    public String eventSubject;
    public Instant eventTime;
    public String payload;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;
    public Instant firstAttemptAt;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public Long lastLatencyMs;
    public String lastError;
    public Instant deliveredAt;
    public Instant createdAt;

    public void delivered(Instant now, int statusCode, long latencyMs) {
        attempted(now, statusCode, latencyMs, null);
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
    }

    /** A failed attempt: retried after {@code delay}, unless retries have gone on for {@code giveUpAfter}: parked. */
    public void failed(Instant now, Integer statusCode, long latencyMs, String error, Duration delay, Duration giveUp) {
        attempted(now, statusCode, latencyMs, error);
        if (!now.plus(delay).isBefore(firstAttemptAt.plus(giveUp))) {
            status = DeliveryStatus.PARKED;
        } else {
            nextAttemptAt = now.plus(delay);
        }
    }

    /** Replay: tried again from now, with a fresh retry period, keeping the event id (receivers de-duplicate on it). */
    public void replay(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        firstAttemptAt = null;
        nextAttemptAt = now;
        deliveredAt = null;
    }

    private void attempted(Instant now, Integer statusCode, long latencyMs, String error) {
        attempts++;
        if (firstAttemptAt == null) {
            firstAttemptAt = now;
        }
        lastAttemptAt = now;
        lastStatusCode = statusCode;
        lastLatencyMs = latencyMs;
        lastError = error;
    }
}
