package cn.chuanyu.eventing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of the eventing backbone, overridable by environment variables (CHUANYU_EVENTING_...). */
@ConfigMapping(prefix = "chuanyu.eventing")
public interface EventingConfig {

    /** The CloudEvents {@code source} of every event this service publishes. */
    @WithDefault("/chuanyu/${quarkus.application.name}")
    String source();

    Relay relay();

    Inbox inbox();

    interface Relay {
        /** Off only where a test drives publication itself. */
        @WithDefault("true")
        boolean enabled();

        /** Events sent to Kafka per round trip. */
        @WithDefault("200")
        int batchSize();

        /** How often the relay looks for pending events when no commit woke it up. */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How long the relay lets commits gather after one woke it, before it reads and sends them: under load, one
         * round (one transaction, one produce request, one fetch per consumer) then carries several events instead of
         * one, at the cost of this much latency per event. Zero sends each commit at once.
         */
        @WithDefault("10ms")
        Duration gather();

        /** Longest wait between attempts while Kafka is unreachable. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** How long one send may take before the batch is retried later (Kafka's delivery timeout). */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * Settings of the relay's Kafka producer that override its own (acks=all, idempotence, linger.ms=2, timeouts
         * from {@link #sendTimeout()}) and the service's {@code kafka.*} settings, e.g.
         * {@code chuanyu.eventing.relay.kafka.linger.ms=5}.
         */
        Map<String, String> kafka();

        /** Published events are kept this long (for audit and replay from the database), then deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /** Attempts to apply an event before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** Wait between attempts; doubles after each. */
        @WithDefault("200ms")
        Duration retryBackoff();
    }
}
