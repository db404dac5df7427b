package cn.chuanyu.conference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.conference.intent.CollaborationIntents;
import cn.chuanyu.conference.intent.IntentKind;
import cn.chuanyu.conference.intent.PublishIntentRequest;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.RealInfrastructure;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The transactional outbox against the real PostgreSQL and the real broker. */
@QuarkusTest
class OutboxDeliveryTest {

    private static final String TOPIC = "chuanyu.conference.intents";
    private static final String PUBLISHED = "cn.chuanyu.conference.intent.published.v1";
    private static final String WITHDRAWN = "cn.chuanyu.conference.intent.withdrawn.v1";

    @Inject
    CollaborationIntents intents;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Test
    void anEventKafkaRefusesForGoodIsParkedAndTheEventsAfterItStillFlow() throws Exception {
        try (var topic = TopicRecorder.of(TOPIC)) {
            String tooLarge = "too-large-" + UUID.randomUUID();
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(new OutgoingEvent(
                            TOPIC,
                            PUBLISHED,
                            "collaboration-intent",
                            tooLarge,
                            java.util.Map.of("summary", "大".repeat(700_000))))); // ≈ 2 MB of UTF-8, over Kafka's 1 MB
            UUID after =
                    QuarkusTransaction.requiringNew().call(() -> intents.publish(intent("超大事件之后的意向"), "fancong").id);

            topic.awaitEventAbout(after.toString(), PUBLISHED);
            assertThat(topic.matching(e -> tooLarge.equals(e.key()))).isEmpty();
            Object[] parked = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                    .createNativeQuery(
                            "select parked_at is not null, last_error from outbox_event where aggregate_id = ?1")
                    .setParameter(1, tooLarge)
                    .getSingleResult());
            assertThat(parked[0]).isEqualTo(true);
            assertThat((String) parked[1]).contains("RecordTooLargeException");
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() throws Exception {
        try (var topic = TopicRecorder.of(TOPIC)) {
            QuarkusTransaction.begin();
            UUID rolledBack = intents.publish(intent("回滚的意向"), "fancong").id;
            QuarkusTransaction.rollback();
            UUID committed =
                    QuarkusTransaction.requiringNew().call(() -> intents.publish(intent("提交的意向"), "fancong").id);

            // The relay publishes in id order: once the later, committed event is there, the earlier one would be too.
            topic.awaitEventAbout(committed.toString(), PUBLISHED);
            assertThat(topic.matching(e -> rolledBack.toString().equals(e.key())))
                    .isEmpty();
            assertThat(outboxRowsAbout(rolledBack)).isZero();
        }
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void theEventOfARequestCarriesItsRequestIdAndTraceparentToKafka() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String requestId = "req-" + UUID.randomUUID();
        try (var topic = TopicRecorder.of(TOPIC)) {
            String id = given().contentType(ContentType.JSON)
                    .header("traceparent", traceparent)
                    .header("X-Request-Id", requestId)
                    .body(intent("可追踪的意向"))
                    .when()
                    .post("/api/conference/intents")
                    .then()
                    .statusCode(201)
                    .header("X-Request-Id", requestId)
                    .extract()
                    .path("id");
            PublishedEvent event = topic.awaitEventAbout(id, PUBLISHED);
            assertThat(event.header("ce_traceparent")).isEqualTo(traceparent);
            assertThat(event.header("ce_requestid")).isEqualTo(requestId);
        }
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void writesGoOnWhileKafkaIsDownAndEveryEventIsDeliveredInOrderWhenItReturns() throws Exception {
        try (var topic = TopicRecorder.of(TOPIC)) {
            RealInfrastructure.kafka().stop();
            String first;
            String second;
            try {
                first = publishOverHttp("断网期间发布的意向一");
                second = publishOverHttp("断网期间发布的意向二");
                given().when()
                        .post("/api/conference/intents/" + first + "/withdrawal")
                        .then()
                        .statusCode(200);
                assertThat(pendingOutboxRows()).isGreaterThanOrEqualTo(3);
            } finally {
                RealInfrastructure.kafka().start();
            }

            PublishedEvent firstWithdrawn =
                    topic.await(e -> first.equals(e.key()) && WITHDRAWN.equals(e.type()), Duration.ofSeconds(60));
            topic.awaitEventAbout(second, PUBLISHED);
            // at-least-once may repeat an event after a failure; what matters is the order of first arrivals
            List<String> firstArrivals = topic.matching(e -> first.equals(e.key())).stream()
                    .filter(distinctById())
                    .map(PublishedEvent::type)
                    .toList();
            assertThat(firstArrivals)
                    .as("the first intent's events, in Kafka's order")
                    .containsExactly(PUBLISHED, WITHDRAWN);
            assertThat(firstWithdrawn.header("ce_subject")).isEqualTo(first);
        }
    }

    private static Predicate<PublishedEvent> distinctById() {
        Set<String> seen = new HashSet<>();
        return e -> seen.add(e.id());
    }

    private String publishOverHttp(String title) {
        return given().contentType(ContentType.JSON)
                .body(intent(title))
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static PublishIntentRequest intent(String title) {
        return new PublishIntentRequest(
                IntentKind.SEEK, title, "测试用的合作意向", List.of("材料科学"), List.of(), List.of(), List.of(), null, null);
    }

    private long outboxRowsAbout(UUID aggregateId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                                .setParameter(1, aggregateId.toString())
                                .getSingleResult())
                        .longValue());
    }

    private long pendingOutboxRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from outbox_event where published_at is null")
                                .getSingleResult())
                        .longValue());
    }
}
