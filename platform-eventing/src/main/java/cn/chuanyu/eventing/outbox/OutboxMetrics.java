package cn.chuanyu.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * What operators watch: events waiting for Kafka (grows while the broker is down, should fall back to zero after), the
 * age of the oldest, how many were published, and how many Kafka refused for good and wait parked for an operator
 * (should be zero).
 */
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final Counter published;
    private final Counter parked;

    OutboxMetrics(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.registry = registry;
        this.published = Counter.builder("chuanyu.outbox.published")
                .description("Outbox events acknowledged by Kafka")
                .register(registry);
        this.parked = Counter.builder("chuanyu.outbox.parked")
                .description("Outbox events Kafka refused for good, parked")
                .register(registry);
    }

    /** Gauges are read at each scrape; registering them at start makes them visible before the first event. */
    void registerGauges(@Observes StartupEvent startup) {
        Gauge.builder("chuanyu.outbox.pending", this, OutboxMetrics::pending)
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("chuanyu.outbox.oldest.pending.seconds", this, OutboxMetrics::oldestPendingAge)
                .description("Age of the oldest outbox event not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("chuanyu.outbox.parked.waiting", this, OutboxMetrics::parkedWaiting)
                .description("Parked outbox events waiting for an operator")
                .register(registry);
    }

    void published(int count) {
        published.increment(count);
    }

    void parked() {
        parked.increment();
    }

    private double parkedWaiting() {
        return scalar("select count(*) from outbox_event where parked_at is not null and published_at is null");
    }

    private double pending() {
        return scalar("select count(*) from outbox_event where published_at is null and parked_at is null");
    }

    private double oldestPendingAge() {
        return scalar("select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox_event "
                + "where published_at is null and parked_at is null");
    }

    private double scalar(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).doubleValue());
    }
}
