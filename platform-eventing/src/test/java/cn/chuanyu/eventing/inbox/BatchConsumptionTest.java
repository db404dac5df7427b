package cn.chuanyu.eventing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.eventing.notes.NoteCopies;
import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.eventing.notes.NoteEventsConsumer;
import cn.chuanyu.eventing.notes.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The inbox's batches, built here so that what one poll returns is known: a batch is applied in one transaction, a
 * failing event is dead-lettered alone while the others are applied one by one, and the batch is acknowledged after
 * that.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String COPIES_OF = "select count(*) from note_copy where note_id = any(cast(?1 as text[]))";
    private static final String STATUS_AND_APPLICATIONS_OF =
            "select status, applications from note_copy where note_id = ?1";
    private static final String TRANSACTIONS_OF =
            "select count(distinct xmin::text) from inbox_event where event_id = any(cast(?1 as text[]))";

    @Inject
    Inbox inbox;

    @Inject
    NoteCopies copies;

    @Inject
    TestDatabase database;

    @Test
    void aBatchIsAppliedInOneTransactionAndAcknowledged() {
        var batch = new Batch();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String note = UUID.randomUUID().toString();
            ids.add(batch.add(note, NoteEvents.WRITTEN, NoteEvents.data(note, "批量笔记" + i)));
        }

        consume(batch);

        assertThat(database.count(COPIES_OF, array(batch.subjects()))).isEqualTo(20);
        assertThat(database.count(TRANSACTIONS_OF, array(ids)))
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
        String first = UUID.randomUUID().toString();
        String missingTitle = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        batch.add(first, NoteEvents.WRITTEN, NoteEvents.data(first, "批次中的第一个"));
        String failing = batch.add(missingTitle, NoteEvents.WRITTEN, "{\"noteId\": \"" + missingTitle + "\"}");
        batch.addRaw(UUID.randomUUID().toString(), Map.of(), "not a CloudEvent at all");
        batch.add(last, NoteEvents.WRITTEN, NoteEvents.data(last, "批次中的最后一个"));

        consume(batch);

        assertThat(database.count(COPIES_OF, array(List.of(first, last)))).isEqualTo(2);
        assertThat(database.count(COPIES_OF, array(List.of(missingTitle)))).isZero();
        assertThat(database.count("select count(*) from inbox_event where event_id = ?1", failing))
                .as("a failed event is not recorded as applied")
                .isZero();
        assertThat(batch.deadLettered)
                .hasSize(2)
                .anySatisfy(reason -> assertThat(reason).contains("'title'"))
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvent"));
        assertThat(batch.acknowledgedOffsets).contains(batch.lastOffset());
    }

    @Test
    void theEventsOfAFailedBatchAreAppliedOneByOneEachInItsOwnTransaction() {
        var batch = new Batch();
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String note = UUID.randomUUID().toString();
            applied.add(batch.add(note, NoteEvents.WRITTEN, NoteEvents.data(note, "逐条应用的笔记" + i)));
        }
        String failing = UUID.randomUUID().toString();
        batch.add(failing, NoteEvents.WRITTEN, NoteEvents.data(failing, NoteCopies.ALWAYS_FAILS + "失败的笔记"));

        consume(batch);

        assertThat(database.count(TRANSACTIONS_OF, array(applied)))
                .as("after the batch failed as a whole, each event was committed on its own")
                .isEqualTo(3);
        assertThat(batch.deadLettered)
                .singleElement()
                .satisfies(reason -> assertThat(reason).contains("failed 3 times", "failed on purpose"));
        assertThat(batch.acknowledgedOffsets).contains(batch.lastOffset());
    }

    @Test
    void anEventTwiceInOneBatchIsAppliedOnce() {
        var batch = new Batch();
        String note = UUID.randomUUID().toString();
        String written = NoteEvents.data(note, "同一批次内重复投递");
        String writtenId = batch.add(note, NoteEvents.WRITTEN, written);
        String withdrawnId = batch.add(note, NoteEvents.WITHDRAWN, NoteEvents.withdrawnData(note));
        batch.addWithId(writtenId, note, NoteEvents.WRITTEN, written);

        consume(batch);

        assertThat(database.count(TRANSACTIONS_OF, array(List.of(writtenId, withdrawnId))))
                .as("the batch was applied as a whole, not one by one after failing")
                .isEqualTo(1);
        assertThat(database.row(STATUS_AND_APPLICATIONS_OF, note))
                .as("the repeated 'written' must not bring the withdrawn copy back")
                .containsExactly("WITHDRAWN", 2);
        assertThat(batch.deadLettered).isEmpty();
    }

    @Test
    void anEventAppliedInAnEarlierBatchIsNotAppliedAgainAndTheRestOfTheLaterBatchIs() {
        var first = new Batch();
        String note = UUID.randomUUID().toString();
        String written = NoteEvents.data(note, "上一批次已应用");
        String writtenId = first.add(note, NoteEvents.WRITTEN, written);
        consume(first);

        var redelivered = new Batch();
        redelivered.addWithId(writtenId, note, NoteEvents.WRITTEN, written);
        String other = UUID.randomUUID().toString();
        String otherId = redelivered.add(other, NoteEvents.WRITTEN, NoteEvents.data(other, "与重复投递同批的新笔记"));
        consume(redelivered);

        assertThat(database.row(STATUS_AND_APPLICATIONS_OF, note))
                .as("the redelivered event was applied in the first batch only")
                .containsExactly("ACTIVE", 1);
        assertThat(database.count(COPIES_OF, array(List.of(other)))).isEqualTo(1);
        assertThat(database.count(TRANSACTIONS_OF, array(List.of(otherId))))
                .as("the later batch was applied as a whole, not one by one after failing")
                .isEqualTo(1);
        assertThat(redelivered.deadLettered).isEmpty();
        assertThat(redelivered.acknowledgedOffsets).contains(redelivered.lastOffset());
    }

    private void consume(Batch batch) {
        inbox.consume(batch.build(), NoteEventsConsumer.CONSUMER, copies::apply)
                .toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** Records of one partition as one poll returns them, with the connector's ack and dead-letter hooks recorded. */
    private static final class Batch {
        private static final TopicPartition PARTITION = new TopicPartition(NoteEvents.TOPIC, 0);
        private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
        private final List<String> subjects = new ArrayList<>();
        final List<Long> acknowledgedOffsets = new CopyOnWriteArrayList<>();
        final List<String> deadLettered = new CopyOnWriteArrayList<>();

        String add(String note, String type, String data) {
            return addWithId(UUID.randomUUID().toString(), note, type, data);
        }

        String addWithId(String id, String note, String type, String data) {
            subjects.add(note);
            addRaw(
                    note,
                    Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            id,
                            "ce_source",
                            NoteEvents.SOURCE,
                            "ce_type",
                            type,
                            "ce_subject",
                            note,
                            "ce_time",
                            Instant.now().toString()),
                    data);
            return id;
        }

        void addRaw(String key, Map<String, String> headers, String value) {
            var kafkaHeaders = new RecordHeaders();
            headers.forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
            records.add(new ConsumerRecord<>(
                    NoteEvents.TOPIC,
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
