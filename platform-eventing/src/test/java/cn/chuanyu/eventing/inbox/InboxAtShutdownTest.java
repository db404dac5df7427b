package cn.chuanyu.eventing.inbox;

import static cn.chuanyu.eventing.notes.NoteEvents.SOURCE;
import static cn.chuanyu.eventing.notes.NoteEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.eventing.notes.NoteCopies;
import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.testing.RealInfrastructure;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * An event whose effect fails while the application stops (the database, the persistence unit or the container going
 * away under it) is not the event's fault: it must be consumed again after the restart, not dead-lettered. Its own
 * application instance (a profile of its own), since the test tells the inbox that the application stops.
 */
@QuarkusTest
@TestProfile(InboxAtShutdownTest.OwnInstance.class)
class InboxAtShutdownTest {

    /** No overrides: only a fresh instance of the test application, stopped after this test. */
    public static class OwnInstance implements QuarkusTestProfile {}

    @Inject
    Inbox inbox;

    @Test
    void anEventThatFailsWhileTheApplicationStopsIsLeftForRedeliveryNotDeadLettered() throws Exception {
        AtomicBoolean leftUnacknowledged = new AtomicBoolean();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = ((ExtLogRecord) record).getFormattedMessage();
                if (message != null && message.startsWith("Stopping:")) {
                    leftUnacknowledged.set(true);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger inboxLog = Logger.getLogger(Inbox.class.getName());
        inboxLog.addHandler(recorder);
        try (var deadLetters = TopicRecorder.of(NoteEvents.DEAD_LETTERS);
                var producer = TestEventProducer.create();
                Admin admin = Admin.create(RealInfrastructure.kafkaAdminConfig())) {
            inbox.stopping(null);

            String note = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            // where the broker wrote it: other records may reach the topic meanwhile (the outbox relay of this
            // instance publishes what earlier tests left), so the topic's end offsets do not tell
            TestEventProducer.Written written = producer.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    eventId,
                    NoteEvents.WRITTEN,
                    note,
                    NoteEvents.data(note, NoteCopies.ALWAYS_FAILS + "停机时失败"));
            TopicPartition partition = new TopicPartition(TOPIC, written.partition());
            long offset = written.offset();

            await().atMost(Duration.ofSeconds(30)).untilTrue(leftUnacknowledged);
            // Past the consumer's commit interval (5 s): an acknowledged event's offset would be committed by now.
            Thread.sleep(Duration.ofSeconds(7).toMillis());
            assertThat(deadLetters.matching(e -> eventId.equals(e.id())))
                    .as("not dead-lettered")
                    .isEmpty();
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("eventing-test")
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .get(partition);
            assertThat(committed == null ? 0L : committed.offset())
                    .as("the group's committed offset stays at the event, so it is consumed again after the restart")
                    .isLessThanOrEqualTo(offset);
        } finally {
            inboxLog.removeHandler(recorder);
        }
    }
}
