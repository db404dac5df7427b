package cn.chuanyu.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.eventing.EventTraceContext;
import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.eventing.notes.Notes;
import cn.chuanyu.eventing.notes.TestDatabase;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.RealInfrastructure;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** The transactional outbox and its relay against the real PostgreSQL and the real broker. */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    Notes notes;

    @Inject
    Outbox outbox;

    @Inject
    TestDatabase database;

    @Test
    void anAggregatesEventsArriveInTheOrderTheirChangesWereCommitted() throws Exception {
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            UUID note = notes.write("第 1 稿");
            for (int revision = 2; revision <= 30; revision++) {
                notes.revise(note, "第 " + revision + " 稿");
            }
            notes.withdraw(note);

            topic.await(e -> note.toString().equals(e.key()) && NoteEvents.WITHDRAWN.equals(e.type()), timeout());
            List<PublishedEvent> firstArrivals = topic
                    .matching(e -> note.toString().equals(e.key()))
                    .stream()
                    .filter(distinctById())
                    .toList();
            assertThat(firstArrivals).hasSize(31);
            for (int revision = 1; revision <= 30; revision++) {
                assertThat(firstArrivals.get(revision - 1).data())
                        .as("event %d in Kafka's order", revision)
                        .containsPattern("\"revision\":" + revision + "[,}]")
                        .contains("第 " + revision + " 稿");
            }
            assertThat(firstArrivals.get(30).type()).isEqualTo(NoteEvents.WITHDRAWN);
        }
    }

    @Test
    void anEventKafkaRefusesForGoodIsParkedAndTheEventsAfterItStillFlow() throws Exception {
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            String tooLarge = "too-large-" + UUID.randomUUID();
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(new OutgoingEvent(
                            NoteEvents.TOPIC,
                            NoteEvents.WRITTEN,
                            NoteEvents.AGGREGATE,
                            tooLarge,
                            Map.of("title", "大".repeat(700_000))))); // ≈ 2 MB of UTF-8, over Kafka's 1 MB
            UUID after = notes.write("超大事件之后的笔记");

            topic.await(e -> after.toString().equals(e.key()), timeout());
            assertThat(topic.matching(e -> tooLarge.equals(e.key()))).isEmpty();
            Object[] parked = database.row(
                    "select parked_at is not null, last_error from outbox_event where aggregate_id = ?1", tooLarge);
            assertThat(parked[0]).isEqualTo(true);
            assertThat((String) parked[1]).contains("RecordTooLargeException");
        }
    }

    @Test
    void commitsMadeWhileTheRelayGathersArePublishedInOneRound() throws Exception {
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            List<UUID> written = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                written.add(notes.write("同一轮的笔记 " + i)); // each its own transaction, each waking the relay
            }

            topic.await(e -> written.get(4).toString().equals(e.key()), timeout());
            Set<Object> rounds = new HashSet<>();
            for (UUID note : written) {
                rounds.add(database.value(
                        "select published_at from outbox_event where aggregate_id = ?1", note.toString()));
            }
            assertThat(rounds)
                    .as("the relay's rounds (published_at) for five commits in a row")
                    .hasSize(1);
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() throws Exception {
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            QuarkusTransaction.begin();
            UUID rolledBack = notes.write("回滚的笔记");
            QuarkusTransaction.rollback();
            UUID committed = notes.write("提交的笔记");

            // The relay publishes in id order: once the later, committed event is there, the earlier one would be too.
            topic.await(e -> committed.toString().equals(e.key()), timeout());
            assertThat(topic.matching(e -> rolledBack.toString().equals(e.key())))
                    .isEmpty();
            assertThat(database.count(
                            "select count(*) from outbox_event where aggregate_id = ?1", rolledBack.toString()))
                    .isZero();
        }
    }

    @Test
    void theEventOfARequestCarriesItsRequestIdAndTraceparentToKafka() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String requestId = "req-" + UUID.randomUUID();
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            UUID note;
            // what the web layer (platform-web RequestTrace) does for the request that makes the change
            MDC.put(EventTraceContext.REQUEST_ID, requestId);
            MDC.put(EventTraceContext.TRACEPARENT, traceparent);
            try {
                note = notes.write("可追踪的笔记");
            } finally {
                MDC.remove(EventTraceContext.REQUEST_ID);
                MDC.remove(EventTraceContext.TRACEPARENT);
            }
            UUID untraced = notes.write("没有请求上下文的笔记");

            PublishedEvent event = topic.await(e -> note.toString().equals(e.key()), timeout());
            assertThat(event.header("ce_traceparent")).isEqualTo(traceparent);
            assertThat(event.header("ce_requestid")).isEqualTo(requestId);
            assertThat(event.header("ce_source")).isEqualTo(NoteEvents.SOURCE);
            assertThat(event.header("ce_subject")).isEqualTo(note.toString());
            PublishedEvent other = topic.await(e -> untraced.toString().equals(e.key()), timeout());
            assertThat(other.headers()).doesNotContainKeys("ce_traceparent", "ce_requestid");
        }
    }

    @Test
    void writesGoOnWhileKafkaIsDownAndEveryEventIsDeliveredInOrderWhenItReturns() throws Exception {
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            RealInfrastructure.kafka().stop();
            UUID first;
            UUID second;
            try {
                first = notes.write("断网期间写的笔记一");
                second = notes.write("断网期间写的笔记二");
                notes.withdraw(first);
                assertThat(database.count("select count(*) from outbox_event where published_at is null"))
                        .isGreaterThanOrEqualTo(3);
            } finally {
                RealInfrastructure.kafka().start();
            }

            PublishedEvent firstWithdrawn = topic.await(
                    e -> first.toString().equals(e.key()) && NoteEvents.WITHDRAWN.equals(e.type()),
                    Duration.ofSeconds(60));
            topic.await(e -> second.toString().equals(e.key()), Duration.ofSeconds(60));
            // at-least-once may repeat an event after a failure; what matters is the order of first arrivals
            List<String> firstArrivals = topic.matching(e -> first.toString().equals(e.key())).stream()
                    .filter(distinctById())
                    .map(PublishedEvent::type)
                    .toList();
            assertThat(firstArrivals)
                    .as("the first note's events, in Kafka's order")
                    .containsExactly(NoteEvents.WRITTEN, NoteEvents.WITHDRAWN);
            assertThat(firstWithdrawn.header("ce_subject")).isEqualTo(first.toString());
        }
    }

    private static Duration timeout() {
        return Duration.ofSeconds(30);
    }

    private static Predicate<PublishedEvent> distinctById() {
        Set<String> seen = new HashSet<>();
        return e -> seen.add(e.id());
    }
}
