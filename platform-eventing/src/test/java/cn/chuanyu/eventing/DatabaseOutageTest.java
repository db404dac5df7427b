package cn.chuanyu.eventing;

import static cn.chuanyu.eventing.notes.NoteEvents.SOURCE;
import static cn.chuanyu.eventing.notes.NoteEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.eventing.inbox.Inbox;
import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.eventing.notes.Notes;
import cn.chuanyu.eventing.notes.TestDatabase;
import cn.chuanyu.eventing.outbox.OutboxRelay;
import cn.chuanyu.testing.DatabaseLink;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.RealInfrastructure;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (the test cuts the network to it): the relay and the inbox keep trying instead of giving up,
 * and once the database is back every event committed before is published and every event received is applied, once,
 * none dead-lettered.
 */
@QuarkusTest
class DatabaseOutageTest {

    private final DatabaseLink database = RealInfrastructure.databaseLink();

    @Inject
    Notes notes;

    @Inject
    TestDatabase rows;

    @AfterEach
    void restoreTheDatabase() {
        database.restore();
        RealInfrastructure.kafka().start();
    }

    @Test
    void theRelayWaitsOutADatabaseOutageAndThenPublishesEveryCommittedEvent() throws Exception {
        try (var topic = TopicRecorder.of(TOPIC);
                var relayLog = LogRecorder.of(OutboxRelay.class)) {
            // Kafka down first, so that the events are still in the outbox when the database goes
            RealInfrastructure.kafka().stop();
            List<UUID> written = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                written.add(notes.write("数据库中断前提交的笔记" + i));
            }
            database.cut();
            RealInfrastructure.kafka().start();

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> database.refusedSinceCut() > 0 && relayLog.mentions("Outbox relay round failed"));
            database.restore();

            for (UUID note : written) {
                topic.await(e -> note.toString().equals(e.key()), Duration.ofSeconds(60));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> rows.count(
                                    "select count(*) from outbox_event where published_at is null and aggregate_id = "
                                            + "any(cast(?1 as text[]))",
                                    "{"
                                            + String.join(
                                                    ",",
                                                    written.stream()
                                                            .map(UUID::toString)
                                                            .toList()) + "}")
                            == 0);
        }
    }

    @Test
    void theInboxWaitsOutADatabaseOutageAndThenAppliesEveryEventOnceWithoutDeadLetters() throws Exception {
        try (var deadLetters = TopicRecorder.of(NoteEvents.DEAD_LETTERS);
                var inboxLog = LogRecorder.of(Inbox.class);
                var producer = TestEventProducer.create()) {
            database.cut();
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String note = UUID.randomUUID().toString();
                producer.sendCloudEvent(
                        TOPIC,
                        SOURCE,
                        "during-outage-" + note,
                        NoteEvents.WRITTEN,
                        note,
                        NoteEvents.data(note, "数据库中断期间收到的笔记" + i));
                sent.add(note);
            }

            // the inbox tried to apply events (these, or earlier ones still in its hands) and failed
            await().atMost(Duration.ofSeconds(60)).until(() -> inboxLog.mentions("Attempt 1 to apply"));
            database.restore();

            for (String note : sent) {
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> rows.count("select count(*) from note_copy where note_id = ?1", note) == 1);
                assertThat(rows.count("select applications from note_copy where note_id = ?1", note))
                        .isEqualTo(1);
            }
            List<PublishedEvent> deadLettered =
                    deadLetters.matching(e -> e.id() != null && e.id().startsWith("during-outage-"));
            assertThat(deadLettered)
                    .as("an unreachable database is not the events' fault")
                    .isEmpty();
        }
    }

    /** The log lines of one class at WARN or worse, as written, recorded while the test runs. */
    private static final class LogRecorder extends Handler implements AutoCloseable {
        private final Logger logger;
        private final List<String> messages = new CopyOnWriteArrayList<>();

        private LogRecorder(Logger logger) {
            this.logger = logger;
            logger.addHandler(this);
        }

        static LogRecorder of(Class<?> loggingClass) {
            return new LogRecorder(Logger.getLogger(loggingClass.getName()));
        }

        boolean mentions(String text) {
            return messages.stream().anyMatch(message -> message.contains(text));
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                messages.add(((ExtLogRecord) record).getFormattedMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
