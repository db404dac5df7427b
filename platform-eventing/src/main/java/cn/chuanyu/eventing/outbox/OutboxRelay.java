package cn.chuanyu.eventing.outbox;

import cn.chuanyu.eventing.EventingConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events to Kafka, oldest first, and marks them published once Kafka has acknowledged them.
 * Runs on one background thread, woken by each commit and by a poll timer.
 *
 * <p>Guarantees: nothing rolled back is ever seen (uncommitted rows are invisible); nothing committed is lost (a row
 * stays pending until acknowledged, across broker outages and restarts); each aggregate's events arrive in order (one
 * relay at a time, rows in id order, only the acknowledged prefix is marked, the rest retried in order). Delivery is at
 * least once: a consumer may see a duplicate after a failure, which its inbox absorbs.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key ("chuanyu" outbox): with several instances of a service, one relays at a time. */
    private static final long RELAY_LOCK = 0x6368_7561_6e79_7501L;

    private final EntityManager entityManager;
    private final CloudEventPublisher publisher;
    private final OutboxMetrics metrics;
    private final EventingConfig.Relay config;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService thread;
    private Instant nextHousekeeping = Instant.EPOCH;

    OutboxRelay(
            EntityManager entityManager, CloudEventPublisher publisher, OutboxMetrics metrics, EventingConfig config) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config.relay();
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        running = true;
        thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        thread.submit(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            wakeUp();
            thread.shutdown();
            // a round in flight may wait up to twice the send timeout (send, then acknowledgements)
            if (!thread.awaitTermination(config.sendTimeout().multipliedBy(2).toSeconds() + 2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        }
    }

    /** Asks the relay to look for pending events now. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                RelayRound round = relayOnce();
                backoff = round.failed() ? nextBackoff(backoff) : Duration.ZERO;
                if (round.failed()) {
                    sleep(backoff);
                } else if (!round.moreWaiting()) {
                    waitForWork();
                }
                housekeep();
            } catch (Throwable e) { // NOSONAR: whatever happens, the relay must go on, or events wait forever
                backoff = nextBackoff(backoff);
                LOG.errorf(e, "Outbox relay round failed; retrying in %s", backoff);
                sleep(backoff);
            }
        }
    }

    /** Publishes one batch of pending events; visible for tests that drive the relay themselves. */
    public RelayRound relayOnce() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.sendTimeout().toSeconds() * 3 + 10)
                .call(this::relayBatchHoldingLock);
    }

    private RelayRound relayBatchHoldingLock() {
        boolean locked = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return new RelayRound(0, false, false);
        }
        List<PendingEvent> batch = pendingBatch();
        if (batch.isEmpty()) {
            return new RelayRound(0, false, false);
        }
        CloudEventPublisher.Delivery delivery = publisher.send(batch);
        if (delivery.acknowledged() > 0) {
            markPublished(batch.subList(0, delivery.acknowledged()));
            metrics.published(delivery.acknowledged());
        }
        if (delivery.failure() != null && PermanentRejection.is(delivery.failure())) {
            PendingEvent rejected = batch.get(delivery.acknowledged());
            park(rejected, delivery.failure());
            metrics.parked();
            LOG.errorf(
                    "Kafka will never accept outbox event %d (%s of %s %s): %s; parked so that later events go on. "
                            + "Fix it and release it with: update outbox_event set parked_at = null where id = %d",
                    rejected.id(),
                    rejected.type(),
                    rejected.topic(),
                    rejected.aggregateId(),
                    delivery.failure(),
                    rejected.id());
            return new RelayRound(delivery.acknowledged(), true, false);
        }
        if (delivery.failure() != null) {
            PendingEvent stuck = batch.get(delivery.acknowledged());
            recordFailure(stuck, delivery.failure());
            LOG.warnf(
                    "Kafka did not acknowledge outbox event %d (%s): %s; %d pending events wait",
                    stuck.id(), stuck.type(), delivery.failure(), batch.size() - delivery.acknowledged());
            return new RelayRound(delivery.acknowledged(), true, true);
        }
        boolean more = delivery.acknowledged() < batch.size() || batch.size() == config.batchSize();
        return new RelayRound(delivery.acknowledged(), more, false);
    }

    @SuppressWarnings("unchecked")
    private List<PendingEvent> pendingBatch() {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select id, event_id, topic, aggregate_id, event_type, payload, occurred_at, request_id, traceparent
                from outbox_event where published_at is null and parked_at is null order by id limit ?1""")
                .setParameter(1, config.batchSize())
                .getResultList();
        return rows.stream()
                .map(r -> new PendingEvent(
                        ((Number) r[0]).longValue(),
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        toInstant(r[6]),
                        (String) r[7],
                        (String) r[8]))
                .toList();
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    private void markPublished(List<PendingEvent> published) {
        entityManager
                .createNativeQuery("update outbox_event set published_at = now(), last_error = null where id in (?1)")
                .setParameter(1, published.stream().map(PendingEvent::id).toList())
                .executeUpdate();
    }

    private void recordFailure(PendingEvent event, Throwable failure) {
        entityManager
                .createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?2 where id = ?1")
                .setParameter(1, event.id())
                .setParameter(2, String.valueOf(failure))
                .executeUpdate();
    }

    private void park(PendingEvent event, Throwable failure) {
        entityManager
                .createNativeQuery("update outbox_event set parked_at = now(), attempts = attempts + 1, last_error = ?2"
                        + " where id = ?1")
                .setParameter(1, event.id())
                .setParameter(2, String.valueOf(failure))
                .executeUpdate();
    }

    private void housekeep() {
        if (Instant.now().isBefore(nextHousekeeping)) {
            return;
        }
        nextHousekeeping = Instant.now().plus(Duration.ofHours(1));
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("delete from outbox_event where published_at < ?1")
                        .setParameter(1, Instant.now().minus(config.retention()))
                        .executeUpdate());
        if (deleted > 0) {
            LOG.infof("Deleted %d outbox events published more than %s ago", deleted, config.retention());
        }
    }

    private void waitForWork() {
        try {
            if (wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)
                    && !config.gather().isZero()) {
                Thread.sleep(config.gather().toMillis()); // let the commits right behind this one join its round
            }
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? Duration.ofMillis(250) : current.multipliedBy(2);
        return next.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : next;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** What one round did: how many events it published, whether more wait, whether Kafka failed. */
    public record RelayRound(int published, boolean moreWaiting, boolean failed) {}
}
