package cn.chuanyu.notification.webhook;

import cn.chuanyu.notification.kernel.NotificationClock;
import cn.chuanyu.notification.kernel.NotificationConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries as CloudEvents in HTTP binary mode ({@code ce-*} headers, the event's data as the JSON body),
 * signed per Standard Webhooks. Each attempt's outcome is committed after it: a restart resends at most the attempts in
 * flight (at least once; receivers de-duplicate on {@code webhook-id}, the event id). Redirects are not followed and
 * the target is checked against the {@link TargetPolicy} before every attempt.
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);
    private static final int BATCH = 20;

    private final EntityManager entityManager;
    private final NotificationClock clock;
    private final NotificationConfig.Webhooks config;
    private final TargetPolicy targets;
    private final HttpClient http;

    WebhookDeliverer(
            EntityManager entityManager,
            NotificationClock clock,
            NotificationConfig config,
            Subscriptions subscriptions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config.webhooks();
        this.targets = subscriptions.targets();
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            every = "${chuanyu.notification.dispatch-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        // Batch after batch until fewer than a batch are due: one batch per interval capped an instance at 10
        // deliveries a second (20 per 2 s), and the benchmark's 20 events/s to one subscription fell behind for good.
        List<UUID> due;
        do {
            due = claimDue();
            for (UUID id : due) {
                deliver(id);
            }
        } while (due.size() == BATCH);
    }

    private void deliver(UUID id) {
        WebhookDelivery delivery = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.findById(id));
        WebhookSubscription subscription =
                QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.findById(delivery.subscriptionId));
        if (subscription != null) {
            Outcome outcome = attempt(subscription, delivery);
            QuarkusTransaction.requiringNew().run(() -> record(id, outcome));
        }
    }

    /**
     * Leases due deliveries of active subscriptions, oldest first: until the lease ends (a timeout past the attempt)
     * nobody else takes them, so one instance's attempt is not doubled by another's.
     */
    private List<UUID> claimDue() {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager
                    .createNativeQuery("""
                            update webhook_delivery set next_attempt_at = ?1 where id in (
                                select d.id from webhook_delivery d join webhook_subscription s
                                    on s.id = d.subscription_id and s.status = 'ACTIVE'
                                where d.status = 'PENDING' and d.next_attempt_at <= ?2
                                order by d.created_at, d.id limit ?3 for update of d skip locked)
                            returning id""", UUID.class)
                    .setParameter(1, now.plus(config.timeout().multipliedBy(3)))
                    .setParameter(2, now)
                    .setParameter(3, BATCH)
                    .getResultList();
            return ids.isEmpty() ? ids : ordered(ids);
        });
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ordered(List<UUID> ids) {
        return entityManager
                .createNativeQuery(
                        "select id from webhook_delivery where id = any (?1) order by created_at, id", UUID.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
    }

    private record Outcome(boolean delivered, Integer statusCode, long latencyMs, String error) {}

    private Outcome attempt(WebhookSubscription subscription, WebhookDelivery delivery) {
        Optional<String> refusal = targets.refusal(subscription.targetUrl);
        if (refusal.isPresent()) {
            return new Outcome(false, null, 0, "target not allowed: " + refusal.get());
        }
        long timestamp = clock.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.targetUrl))
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", delivery.eventId)
                .header("ce-source", delivery.eventSource)
                .header("ce-type", delivery.eventType)
                .header("webhook-id", delivery.eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignature.sign(subscription.secret, delivery.eventId, timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload, StandardCharsets.UTF_8));
        if (delivery.eventTime != null) {
            request.header("ce-time", delivery.eventTime.toString());
        }
        if (delivery.eventSubject != null) {
            request.header("ce-subject", delivery.eventSubject);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            long latency = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, latency, ok ? null : "the target answered " + status);
        } catch (IOException e) {
            return new Outcome(false, null, (System.nanoTime() - started) / 1_000_000, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, (System.nanoTime() - started) / 1_000_000, "interrupted");
        }
    }

    private void record(UUID id, Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return; // deleted with its subscription meanwhile
        }
        Instant now = clock.now();
        if (outcome.delivered()) {
            delivery.delivered(now, outcome.statusCode(), outcome.latencyMs());
            return;
        }
        delivery.failed(
                now,
                outcome.statusCode(),
                outcome.latencyMs(),
                outcome.error(),
                backoff(delivery.attempts + 1),
                config.giveUpAfter());
        if (delivery.status == DeliveryStatus.PARKED) {
            LOG.warnf("Webhook delivery %s parked after %d attempts: %s", id, delivery.attempts, outcome.error());
        }
    }

    /** The first retry delay, doubled for each attempt, capped. */
    Duration backoff(int attempt) {
        Duration delay = config.firstRetryDelay().multipliedBy(1L << Math.min(attempt - 1, 30));
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }
}
