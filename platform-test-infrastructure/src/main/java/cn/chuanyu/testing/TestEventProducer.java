package cn.chuanyu.testing;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays another context's part in a consumer's test: writes records to the real broker, as CloudEvents in binary mode
 * or, to test poison handling, as anything at all.
 */
public final class TestEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    private TestEventProducer(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = EmbeddedKafka.withOwnClassLoader(
                () -> new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
    }

    /** A producer to the test JVM's broker, as its super user (which may write any topic). */
    public static TestEventProducer create() {
        return new TestEventProducer(RealInfrastructure.kafkaAdminConfig());
    }

    /** A producer with the given client settings, e.g. as a principal that may not write the topic. */
    public static TestEventProducer as(Map<String, Object> clientConfig) {
        return new TestEventProducer(clientConfig);
    }

    /**
     * Where the broker wrote a record. Not Kafka's {@code RecordMetadata}: this class is loaded parent-first, so a
     * Kafka type in its signatures would clash with the copy a Quarkus test's class loader loads.
     */
    public record Written(String topic, int partition, long offset) {}

    /** Sends a CloudEvent as the named source would, and waits until the broker has it; where it was written. */
    public Written sendCloudEvent(String topic, String source, String id, String type, String key, String data) {
        return sendCloudEvent(topic, source, id, type, key, data, Map.of());
    }

    /** The same, with extension attributes such as {@code ce_requestid} and {@code ce_traceparent}. */
    public Written sendCloudEvent(
            String topic,
            String source,
            String id,
            String type,
            String key,
            String data,
            Map<String, String> extensions) {
        Map<String, String> headers = new LinkedHashMap<>(extensions);
        headers.putAll(Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_source", source,
                "ce_type", type,
                "ce_subject", key,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json; charset=utf-8"));
        return send(topic, key, headers, data);
    }

    /** Sends any record, e.g. one that is not a CloudEvent, and waits until the broker has it; where it was written. */
    public Written send(String topic, String key, Map<String, String> headers, String value) {
        var record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            RecordMetadata written = producer.send(record).get();
            return new Written(written.topic(), written.partition(), written.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused the test record", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
