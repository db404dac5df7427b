package cn.chuanyu.eventing.outbox;

import cn.chuanyu.eventing.EventingConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox events to Kafka as CloudEvents 1.0 in binary mode: the JSON data is the record value, the attributes are
 * {@code ce_*} headers, and the key is the aggregate id.
 */
@ApplicationScoped
@Startup // its client metrics are there from the start, not from the first event
class CloudEventPublisher {

    private final Producer<String, String> producer;
    private final EventingConfig config;

    CloudEventPublisher(
            EventingConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            Event<Producer<?, ?>> created) {
        this.config = config;
        this.producer = new KafkaProducer<>(
                producerConfig(config, kafka, applicationName), new StringSerializer(), new StringSerializer());
        // the event the messaging connector fires for its own clients: Micrometer's Kafka binder publishes this
        // producer's client metrics (kafka_producer_*, client_id=<service>-outbox-relay) beside theirs
        created.fire(producer);
    }

    /**
     * The relay's producer settings: every {@code kafka.*} setting of the service (bootstrap servers, security; the
     * same ones its channels get), then the relay's defaults, then the overrides under
     * {@code chuanyu.eventing.relay.kafka.} (e.g. {@code chuanyu.eventing.relay.kafka.linger.ms=5}), which win.
     */
    static Map<String, Object> producerConfig(
            EventingConfig config, Map<String, Object> kafka, String applicationName) {
        Map<String, Object> producer = new HashMap<>(kafka);
        producer.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        int timeout = (int) config.relay().sendTimeout().toMillis();
        int requestTimeout = Math.max(1000, timeout / 2);
        int linger = 2;
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        // Kafka refuses a delivery timeout below linger + request timeout
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, requestTimeout + linger));
        producer.putAll(config.relay().kafka());
        return producer;
    }

    /**
     * Sends the events in order and waits for Kafka's acknowledgements.
     *
     * @return how many events, from the first, Kafka acknowledged (the rest are to be sent again) and, if an event
     *     failed, why
     */
    Delivery send(List<PendingEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        Throwable sendFailure = null;
        try {
            for (PendingEvent event : events) {
                Future<RecordMetadata> ack = producer.send(toRecord(event));
                acks.add(ack);
                if (ack.isDone()) {
                    // Settled at once: almost surely failed, e.g. no topic metadata within max.block.ms while the
                    // broker is down. Each further send would block as long again; the rest waits for the next round.
                    break;
                }
            }
        } catch (RuntimeException e) {
            sendFailure = e;
        }
        Delivery delivery = awaitAcknowledged(acks);
        return delivery.failure() == null && sendFailure != null
                ? new Delivery(delivery.acknowledged(), sendFailure)
                : delivery;
    }

    private Delivery awaitAcknowledged(List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime()
                + config.relay().sendTimeout().plus(Duration.ofSeconds(1)).toNanos();
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            } catch (ExecutionException e) {
                return new Delivery(acknowledged, e.getCause());
            } catch (TimeoutException e) {
                return new Delivery(acknowledged, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery(acknowledged, e);
            }
        }
        return new Delivery(acknowledged, null);
    }

    private ProducerRecord<String, String> toRecord(PendingEvent event) {
        var record = new ProducerRecord<>(event.topic(), event.aggregateId(), event.payload());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.eventId().toString());
        header(record, "ce_source", config.source());
        header(record, "ce_type", event.type());
        header(record, "ce_subject", event.aggregateId());
        header(record, "ce_time", event.occurredAt().toString());
        header(record, "content-type", "application/json; charset=utf-8");
        if (event.traceparent() != null) {
            header(record, "ce_traceparent", event.traceparent()); // CloudEvents distributed-tracing extension
        }
        if (event.requestId() != null) {
            header(record, "ce_requestid", event.requestId());
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** The outcome of one send: the acknowledged prefix and, if it is not all, why. */
    record Delivery(int acknowledged, Throwable failure) {}
}
