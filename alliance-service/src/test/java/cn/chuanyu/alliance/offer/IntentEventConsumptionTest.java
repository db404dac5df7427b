package cn.chuanyu.alliance.offer;

import static cn.chuanyu.alliance.offer.IntentEventFixtures.SOURCE;
import static cn.chuanyu.alliance.offer.IntentEventFixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TestEventProducer;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inbox against the real broker: offers from intent events, applied once, poison to the dead-letter topic. */
@QuarkusTest
class IntentEventConsumptionTest {

    private static final String DEAD_LETTERS = "chuanyu.alliance.dead-letters";
    private static TestEventProducer conference;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void connect() {
        conference = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        conference.close();
    }

    @Test
    void publishedIntentAppearsOnTheBoardAsAnOfferLinkingToItsSource() {
        UUID intent = UUID.randomUUID();
        conference.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                TechnologyOffers.INTENT_PUBLISHED,
                intent.toString(),
                IntentEventFixtures.published(intent, "新型有机钾离子电池成果转化"));

        Map<String, Object> offer = awaitOfferFor(intent);
        assertThat(offer)
                .containsEntry("title", "新型有机钾离子电池成果转化")
                .containsEntry("institution", "电子科技大学")
                .containsEntry("sourceLink", "/api/conference/intents/" + intent)
                .containsEntry("kind", "OFFER");
        assertThat(offer.get("regionsSought")).isEqualTo(List.of("CHONGQING"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID intent = UUID.randomUUID();
        String publishedId = UUID.randomUUID().toString();
        String published = IntentEventFixtures.published(intent, "重复投递的意向");
        conference.sendCloudEvent(
                TOPIC, SOURCE, publishedId, TechnologyOffers.INTENT_PUBLISHED, intent.toString(), published);
        conference.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                TechnologyOffers.INTENT_WITHDRAWN,
                intent.toString(),
                IntentEventFixtures.withdrawn(intent));
        // the same event again, as after a producer retry or a consumer rebalance
        conference.sendCloudEvent(
                TOPIC, SOURCE, publishedId, TechnologyOffers.INTENT_PUBLISHED, intent.toString(), published);
        // a marker with the same key lands in the same partition, so once it is applied the redelivery was consumed
        UUID marker = UUID.randomUUID();
        conference.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                TechnologyOffers.INTENT_PUBLISHED,
                intent.toString(),
                IntentEventFixtures.published(marker, "标记"));

        awaitOfferFor(marker);
        assertThat(offerStatus(intent))
                .as("the redelivered 'published' must not bring a withdrawn offer back")
                .isEqualTo("WITHDRAWN");
        assertThat(activeOfferIds()).doesNotContain(intent.toString());
    }

    @Test
    void theEffectContinuesTheTraceOfTheRequestThatCausedTheEvent() {
        UUID intent = UUID.randomUUID();
        String requestId = "req-" + intent;
        String traceparent = "00-" + intent.toString().replace("-", "") + "-00f067aa0ba902b7-01";
        List<String> requestIdsLogged = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().contains(intent.toString())) {
                    requestIdsLogged.add(String.valueOf(((ExtLogRecord) record).getMdc("requestId")));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger offers = java.util.logging.Logger.getLogger(TechnologyOffers.class.getName());
        offers.addHandler(recorder);
        try {
            String eventId = UUID.randomUUID().toString();
            conference.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    eventId,
                    TechnologyOffers.INTENT_PUBLISHED,
                    intent.toString(),
                    IntentEventFixtures.published(intent, "带追踪标识的意向"),
                    Map.of("ce_requestid", requestId, "ce_traceparent", traceparent));
            awaitOfferFor(intent);

            assertThat(requestIdsLogged)
                    .as("the effect's log line shows the producer's request id")
                    .contains(requestId);
            Object[] applied = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                    .createNativeQuery("select request_id, traceparent from inbox_event where event_id = ?1")
                    .setParameter(1, eventId)
                    .getSingleResult());
            assertThat(applied).containsExactly(requestId, traceparent);
        } finally {
            offers.removeHandler(recorder);
        }
    }

    @Test
    void aMalformedTraceHeaderIsIgnoredNotCarriedOn() {
        UUID intent = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        conference.sendCloudEvent(
                TOPIC,
                SOURCE,
                eventId,
                TechnologyOffers.INTENT_PUBLISHED,
                intent.toString(),
                IntentEventFixtures.published(intent, "追踪头无效的意向"),
                Map.of("ce_requestid", "bad id\nwith a line break", "ce_traceparent", "00-not-a-trace"));
        awaitOfferFor(intent);
        Object[] applied = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select request_id, traceparent from inbox_event where event_id = ?1")
                .setParameter(1, eventId)
                .getSingleResult());
        assertThat(applied).containsExactly(null, null);
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheReasonAndConsumptionGoesOn() throws Exception {
        try (var deadLetters = TopicRecorder.of(DEAD_LETTERS)) {
            UUID broken = UUID.randomUUID();
            conference.send(TOPIC, broken.toString(), Map.of(), "not a CloudEvent at all");
            conference.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    "poison-json-" + broken,
                    TechnologyOffers.INTENT_PUBLISHED,
                    broken.toString(),
                    "{this is not json");
            conference.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    "poison-field-" + broken,
                    TechnologyOffers.INTENT_PUBLISHED,
                    broken.toString(),
                    "{\"intentId\": \"" + broken + "\"}");
            conference.send(
                    TOPIC,
                    broken.toString(),
                    Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            "poison-time-" + broken,
                            "ce_source",
                            SOURCE,
                            "ce_type",
                            TechnologyOffers.INTENT_PUBLISHED,
                            "ce_time",
                            "yesterday"),
                    IntentEventFixtures.published(broken, "时间头无效"));
            UUID healthy = UUID.randomUUID();
            conference.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    UUID.randomUUID().toString(),
                    TechnologyOffers.INTENT_PUBLISHED,
                    healthy.toString(),
                    IntentEventFixtures.published(healthy, "毒消息之后的正常意向"));

            awaitOfferFor(healthy);
            PublishedEvent notCloudEvent =
                    deadLetters.await(e -> "not a CloudEvent at all".equals(e.data()), Duration.ofSeconds(30));
            assertThat(notCloudEvent.header("dead-letter-reason")).contains("not a CloudEvent");
            PublishedEvent notJson =
                    deadLetters.await(e -> ("poison-json-" + broken).equals(e.id()), Duration.ofSeconds(30));
            assertThat(notJson.header("dead-letter-reason")).contains("not JSON");
            PublishedEvent missingField =
                    deadLetters.await(e -> ("poison-field-" + broken).equals(e.id()), Duration.ofSeconds(30));
            assertThat(missingField.header("dead-letter-reason")).contains("'kind'");
            assertThat(missingField.header("dead-letter-topic")).isEqualTo(TOPIC);
            PublishedEvent badTime =
                    deadLetters.await(e -> ("poison-time-" + broken).equals(e.id()), Duration.ofSeconds(30));
            assertThat(badTime.header("dead-letter-reason")).contains("ce_time");
            assertThat(activeOfferIds()).doesNotContain(broken.toString());
        }
    }

    private Map<String, Object> awaitOfferFor(UUID intent) {
        String link = "/api/conference/intents/" + intent;
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> given()
                                .queryParam("size", 100)
                                .get("/api/alliance/offers")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .<Map<String, Object>>getList("items")
                                .stream()
                                .filter(o -> link.equals(o.get("sourceLink")))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private List<String> activeOfferIds() {
        return given()
                .queryParam("size", 100)
                .get("/api/alliance/offers")
                .then()
                .extract()
                .jsonPath()
                .<String>getList("items.sourceLink")
                .stream()
                .map(l -> l.substring(l.lastIndexOf('/') + 1))
                .toList();
    }

    private String offerStatus(UUID intent) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from technology_offer where source_id = ?1")
                .setParameter(1, intent.toString())
                .getSingleResult());
    }
}
