package cn.chuanyu.eventing.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What operators watch of each consumer, by consumer and topic: events applied, duplicates ignored (a redelivery the
 * inbox recognised: a few after a rebalance or a relay retry, never a steady stream), and events sent to the
 * dead-letter topic (should stay zero). Both tags come from the service's own channels, so their values are few and
 * fixed. The lag per partition is Kafka's own consumer metric, {@code kafka_consumer_fetch_manager_records_lag} (topic,
 * partition and client id tags), which the Micrometer Kafka binder publishes beside these.
 */
@ApplicationScoped
public class InboxMetrics {

    private final MeterRegistry registry;

    InboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void applied(String consumer, String topic) {
        counter("chuanyu.inbox.applied", "Events applied by the inbox", consumer, topic)
                .increment();
    }

    void duplicateIgnored(String consumer, String topic) {
        counter("chuanyu.inbox.duplicates", "Events the inbox had applied before, ignored", consumer, topic)
                .increment();
    }

    void deadLettered(String consumer, String topic) {
        counter("chuanyu.inbox.dead.lettered", "Events rejected and sent to the dead-letter topic", consumer, topic)
                .increment();
    }

    /** Micrometer keeps one counter per name and tags: asking again finds it. */
    private Counter counter(String name, String description, String consumer, String topic) {
        return Counter.builder(name)
                .description(description)
                .tag("consumer", consumer)
                .tag("topic", topic)
                .register(registry);
    }
}
