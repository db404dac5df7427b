package cn.chuanyu.eventing.inbox;

import static cn.chuanyu.eventing.notes.NoteEvents.SOURCE;
import static cn.chuanyu.eventing.notes.NoteEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.eventing.notes.NoteCopies;
import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.eventing.notes.NoteEventsConsumer;
import cn.chuanyu.eventing.notes.Notes;
import cn.chuanyu.eventing.notes.TestDatabase;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inbox against the real broker, through the test application's consumer: each event applied once, the trace of its
 * cause continued, poison and failing events to the dead-letter topic with the reason while consumption goes on.
 */
@QuarkusTest
class InboxConsumptionTest {

    private static TestEventProducer producer;

    @Inject
    Notes notes;

    @Inject
    TestDatabase database;

    @BeforeAll
    static void connect() {
        producer = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void anEventPublishedThroughTheOutboxIsAppliedByTheConsumer() {
        UUID note = notes.write("经 Kafka 复制的笔记");

        awaitCopyOf(note.toString());
        assertThat(database.row("select title, status from note_copy where note_id = ?1", note.toString()))
                .containsExactly("经 Kafka 复制的笔记", "ACTIVE");
        assertThat(database.value(
                        "select event_type from inbox_event where consumer = ?1 and source = ?2 and event_id in "
                                + "(select event_id::text from outbox_event where aggregate_id = ?3)",
                        NoteEventsConsumer.CONSUMER,
                        SOURCE,
                        note.toString()))
                .isEqualTo(NoteEvents.WRITTEN);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String note = UUID.randomUUID().toString();
        String writtenId = UUID.randomUUID().toString();
        String written = NoteEvents.data(note, "重复投递的笔记");
        producer.sendCloudEvent(TOPIC, SOURCE, writtenId, NoteEvents.WRITTEN, note, written);
        producer.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                NoteEvents.WITHDRAWN,
                note,
                NoteEvents.withdrawnData(note));
        // the same event again, as after a producer retry or a consumer rebalance
        producer.sendCloudEvent(TOPIC, SOURCE, writtenId, NoteEvents.WRITTEN, note, written);
        // a marker with the same key lands in the same partition, so once it is applied the redelivery was consumed
        String marker = UUID.randomUUID().toString();
        producer.sendCloudEvent(
                TOPIC, SOURCE, UUID.randomUUID().toString(), NoteEvents.WRITTEN, note, NoteEvents.data(marker, "标记"));

        awaitCopyOf(marker);
        assertThat(database.row("select status, applications from note_copy where note_id = ?1", note))
                .as("the redelivered 'written' must not bring a withdrawn copy back")
                .containsExactly("WITHDRAWN", 2);
    }

    @Test
    void theEffectContinuesTheTraceOfTheRequestThatCausedTheEvent() {
        String note = UUID.randomUUID().toString();
        String requestId = "req-" + note;
        String traceparent = "00-" + note.replace("-", "") + "-00f067aa0ba902b7-01";
        List<String> requestIdsLogged = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord line = (ExtLogRecord) record;
                if (line.getFormattedMessage() != null
                        && line.getFormattedMessage().contains(note)) {
                    requestIdsLogged.add(String.valueOf(line.getMdc("requestId")));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger effectLog = Logger.getLogger(NoteCopies.class.getName());
        effectLog.addHandler(recorder);
        try {
            String eventId = UUID.randomUUID().toString();
            producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    eventId,
                    NoteEvents.WRITTEN,
                    note,
                    NoteEvents.data(note, "带追踪标识的笔记"),
                    Map.of("ce_requestid", requestId, "ce_traceparent", traceparent));
            awaitCopyOf(note);

            assertThat(requestIdsLogged)
                    .as("the effect's log line shows the producer's request id")
                    .contains(requestId);
            assertThat(database.row("select request_id, traceparent from inbox_event where event_id = ?1", eventId))
                    .containsExactly(requestId, traceparent);
        } finally {
            effectLog.removeHandler(recorder);
        }
    }

    @Test
    void aMalformedTraceHeaderIsIgnoredNotCarriedOn() {
        String note = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        producer.sendCloudEvent(
                TOPIC,
                SOURCE,
                eventId,
                NoteEvents.WRITTEN,
                note,
                NoteEvents.data(note, "追踪头无效的笔记"),
                Map.of("ce_requestid", "bad id\nwith a line break", "ce_traceparent", "00-not-a-trace"));
        awaitCopyOf(note);
        assertThat(database.row("select request_id, traceparent from inbox_event where event_id = ?1", eventId))
                .containsExactly(null, null);
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheReasonAndConsumptionGoesOn() throws Exception {
        try (var deadLetters = TopicRecorder.of(NoteEvents.DEAD_LETTERS)) {
            String broken = UUID.randomUUID().toString();
            producer.send(TOPIC, broken, Map.of(), "not a CloudEvent at all");
            producer.sendCloudEvent(TOPIC, SOURCE, "poison-json-" + broken, NoteEvents.WRITTEN, broken, "{not json");
            producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    "poison-field-" + broken,
                    NoteEvents.WRITTEN,
                    broken,
                    "{\"noteId\": \"" + broken + "\"}");
            producer.send(
                    TOPIC,
                    broken,
                    Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            "poison-time-" + broken,
                            "ce_source",
                            SOURCE,
                            "ce_type",
                            NoteEvents.WRITTEN,
                            "ce_time",
                            "yesterday"),
                    NoteEvents.data(broken, "时间头无效"));
            String healthy = UUID.randomUUID().toString();
            producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    UUID.randomUUID().toString(),
                    NoteEvents.WRITTEN,
                    broken,
                    NoteEvents.data(healthy, "毒消息之后的正常笔记"));

            awaitCopyOf(healthy);
            PublishedEvent notCloudEvent =
                    deadLetters.await(e -> "not a CloudEvent at all".equals(e.data()), Duration.ofSeconds(30));
            assertThat(notCloudEvent.header("dead-letter-reason")).contains("not a CloudEvent");
            PublishedEvent notJson = deadLetters.await(e -> ("poison-json-" + broken).equals(e.id()), timeout());
            assertThat(notJson.header("dead-letter-reason")).contains("not JSON");
            PublishedEvent missingField = deadLetters.await(e -> ("poison-field-" + broken).equals(e.id()), timeout());
            assertThat(missingField.header("dead-letter-reason")).contains("'title'");
            assertThat(missingField.header("dead-letter-topic")).isEqualTo(TOPIC);
            PublishedEvent badTime = deadLetters.await(e -> ("poison-time-" + broken).equals(e.id()), timeout());
            assertThat(badTime.header("dead-letter-reason")).contains("ce_time");
            assertThat(database.count("select count(*) from note_copy where note_id = ?1", broken))
                    .isZero();
        }
    }

    @Test
    void anEffectThatKeepsFailingIsDeadLetteredAfterItsAttemptsAndConsumptionGoesOn() throws Exception {
        try (var deadLetters = TopicRecorder.of(NoteEvents.DEAD_LETTERS)) {
            String failing = UUID.randomUUID().toString();
            String failingId = UUID.randomUUID().toString();
            producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    failingId,
                    NoteEvents.WRITTEN,
                    failing,
                    NoteEvents.data(failing, NoteCopies.ALWAYS_FAILS + "总是失败"));
            String after = UUID.randomUUID().toString();
            producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    UUID.randomUUID().toString(),
                    NoteEvents.WRITTEN,
                    failing,
                    NoteEvents.data(after, "之后"));

            awaitCopyOf(after);
            PublishedEvent deadLetter = deadLetters.await(e -> failingId.equals(e.id()), timeout());
            assertThat(deadLetter.header("dead-letter-reason")).contains("failed 3 times", "failed on purpose");
            assertThat(database.count("select count(*) from inbox_event where event_id = ?1", failingId))
                    .isZero();
        }
    }

    @Test
    void anEffectThatFailsOnceIsRetriedAndAppliedOnce() throws Exception {
        try (var deadLetters = TopicRecorder.of(NoteEvents.DEAD_LETTERS)) {
            String note = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    eventId,
                    NoteEvents.WRITTEN,
                    note,
                    NoteEvents.data(note, NoteCopies.FAILS_ONCE + "失败一次"));

            awaitCopyOf(note);
            assertThat(database.count("select applications from note_copy where note_id = ?1", note))
                    .isEqualTo(1);
            assertThat(deadLetters.matching(e -> eventId.equals(e.id()))).isEmpty();
        }
    }

    private void awaitCopyOf(String note) {
        await().atMost(timeout())
                .pollInterval(Duration.ofMillis(100))
                .until(() -> database.count("select count(*) from note_copy where note_id = ?1", note) == 1);
    }

    private static Duration timeout() {
        return Duration.ofSeconds(30);
    }
}
