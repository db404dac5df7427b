package cn.chuanyu.testing;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads topics of the real broker from the beginning, on its own thread, into a list that tests query and await. Close
 * it at the end of the test.
 */
public final class TopicRecorder implements AutoCloseable {

    private final List<PublishedEvent> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(Map<String, Object> clientConfig, List<String> topics) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500);
        var consumer = EmbeddedKafka.withOwnClassLoader(
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer()));
        consumer.subscribe(topics);
        poller = new Thread(
                () -> {
                    try (consumer) {
                        while (running) {
                            consumer.poll(Duration.ofMillis(100)).forEach(r -> records.add(PublishedEvent.of(r)));
                        }
                    } catch (RuntimeException e) {
                        if (running) {
                            System.err.println("TopicRecorder stopped: " + e);
                        }
                    }
                },
                "topic-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    /** Records the topics of the test JVM's broker, as its super user. */
    public static TopicRecorder of(String... topics) {
        return on(RealInfrastructure.kafkaAdminConfig(), topics);
    }

    /** Records topics with the given client settings (bootstrap servers, security; a group id or a fresh one). */
    public static TopicRecorder on(Map<String, Object> clientConfig, String... topics) {
        return new TopicRecorder(clientConfig, List.of(topics));
    }

    public List<PublishedEvent> all() {
        return new ArrayList<>(records);
    }

    public List<PublishedEvent> matching(Predicate<PublishedEvent> filter) {
        return records.stream().filter(filter).toList();
    }

    /** Waits until a record matches, and returns the first that does. */
    public PublishedEvent await(Predicate<PublishedEvent> filter, Duration timeout) {
        return Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> records.stream().filter(filter).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    public PublishedEvent awaitEventAbout(String aggregateId, String type) {
        return await(r -> aggregateId.equals(r.key()) && type.equals(r.type()), Duration.ofSeconds(30));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5000);
    }
}
