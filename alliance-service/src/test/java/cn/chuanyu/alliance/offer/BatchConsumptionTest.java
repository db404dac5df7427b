package cn.chuanyu.alliance.offer;

import static cn.chuanyu.alliance.offer.IntentEventFixtures.SOURCE;
import static cn.chuanyu.alliance.offer.IntentEventFixtures.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.eventing.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The inbox's batches, built here so that what one poll returns is known: a batch is applied in one transaction, a
 * failing event is dead-lettered alone, and the batch is acknowledged after that.
 */
@QuarkusTest
class BatchConsumptionTest {

    @Inject
    Inbox inbox;

    @Inject
    TechnologyOffers offers;

    @Inject
    EntityManager entityManager;

    @Test
    void aBatchIsAppliedInOneTransactionAndAcknowledged() {
        var batch = new Batch();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID intent = UUID.randomUUID();
            ids.add(batch.add(
                    intent, TechnologyOffers.INTENT_PUBLISHED, IntentEventFixtures.published(intent, "批量意向" + i)));
        }

        consume(batch);

        assertThat(count("select count(*) from technology_offer where source_id in (:ids)", batch.subjects()))
                .isEqualTo(20);
        assertThat(count("select count(distinct xmin::text) from inbox_event where event_id in (:ids)", ids))
                .as("one transaction wrote every inbox row of the batch")
                .isEqualTo(1);
        assertThat(batch.deadLettered).isEmpty();
        assertThat(batch.acknowledgedOffsets)
                .as("the batch's last offset is acknowledged")
                .contains(batch.lastOffset());
    }

    @Test
    void aFailingEventIsDeadLetteredAloneAndTheRestOfItsBatchIsApplied() {
        var batch = new Batch();
        UUID first = UUID.randomUUID();
        UUID missingKind = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        batch.add(first, TechnologyOffers.INTENT_PUBLISHED, IntentEventFixtures.published(first, "批次中的第一个"));
        String failing =
                batch.add(missingKind, TechnologyOffers.INTENT_PUBLISHED, "{\"intentId\": \"" + missingKind + "\"}");
        batch.addRaw(UUID.randomUUID().toString(), Map.of(), "not a CloudEvent at all");
        batch.add(last, TechnologyOffers.INTENT_PUBLISHED, IntentEventFixtures.published(last, "批次中的最后一个"));

        consume(batch);

        assertThat(count(
                        "select count(*) from technology_offer where source_id in (:ids)",
                        List.of(first.toString(), last.toString())))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from technology_offer where source_id in (:ids)",
                        List.of(missingKind.toString())))
                .isZero();
        assertThat(count("select count(*) from inbox_event where event_id in (:ids)", List.of(failing)))
                .as("a failed event is not recorded as applied")
                .isZero();
        assertThat(batch.deadLettered)
                .hasSize(2)
                .anySatisfy(reason -> assertThat(reason).contains("'kind'"))
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvent"));
        assertThat(batch.acknowledgedOffsets).contains(batch.lastOffset());
    }

    @Test
    void anEventTwiceInOneBatchIsAppliedOnce() {
        var batch = new Batch();
        UUID intent = UUID.randomUUID();
        String published = IntentEventFixtures.published(intent, "同一批次内重复投递");
        String publishedId = batch.add(intent, TechnologyOffers.INTENT_PUBLISHED, published);
        batch.add(intent, TechnologyOffers.INTENT_WITHDRAWN, IntentEventFixtures.withdrawn(intent));
        batch.addWithId(publishedId, intent, TechnologyOffers.INTENT_PUBLISHED, published);

        consume(batch);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createNativeQuery("select status from technology_offer where source_id = ?1")
                                .setParameter(1, intent.toString())
                                .getSingleResult()))
                .as("the repeated 'published' must not bring the withdrawn offer back")
                .isEqualTo("WITHDRAWN");
        assertThat(batch.deadLettered).isEmpty();
    }

    private void consume(Batch batch) {
        inbox.consume(batch.build(), ConferenceIntentEvents.CONSUMER, offers::apply)
                .toCompletableFuture()
                .orTimeout(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                .join();
    }

    private long count(String sql, List<String> ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter("ids", ids)
                                .getSingleResult())
                        .longValue());
    }

    /** Records of one partition as one poll returns them, with the connector's ack and dead-letter hooks recorded. */
    private static final class Batch {
        private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
        private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
        private final List<String> subjects = new ArrayList<>();
        final List<Long> acknowledgedOffsets = new CopyOnWriteArrayList<>();
        final List<String> deadLettered = new CopyOnWriteArrayList<>();

        String add(UUID intent, String type, String data) {
            return addWithId(UUID.randomUUID().toString(), intent, type, data);
        }

        String addWithId(String id, UUID intent, String type, String data) {
            subjects.add(intent.toString());
            addRaw(
                    intent.toString(),
                    Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            id,
                            "ce_source",
                            SOURCE,
                            "ce_type",
                            type,
                            "ce_subject",
                            intent.toString(),
                            "ce_time",
                            Instant.now().toString()),
                    data);
            return id;
        }

        void addRaw(String key, Map<String, String> headers, String value) {
            var kafkaHeaders = new RecordHeaders();
            headers.forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
            records.add(new ConsumerRecord<>(
                    TOPIC,
                    0,
                    1_000_000L + records.size(),
                    System.currentTimeMillis(),
                    TimestampType.CREATE_TIME,
                    -1,
                    -1,
                    key,
                    value,
                    kafkaHeaders,
                    Optional.empty()));
        }

        List<String> subjects() {
            return subjects;
        }

        long lastOffset() {
            return records.get(records.size() - 1).offset();
        }

        IncomingKafkaRecordBatch<String, String> build() {
            KafkaCommitHandler commits = new KafkaCommitHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                    acknowledgedOffsets.add(record.getOffset());
                    return Uni.createFrom().voidItem();
                }
            };
            KafkaFailureHandler deadLetters = new KafkaFailureHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                    deadLettered.add(reason.getMessage());
                    return Uni.createFrom().voidItem();
                }
            };
            return new IncomingKafkaRecordBatch<>(
                    new ConsumerRecords<>(Map.of(PARTITION, records), Map.of()),
                    "test",
                    0,
                    commits,
                    deadLetters,
                    false,
                    false);
        }
    }
}
