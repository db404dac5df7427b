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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offers on the board from the conference context's intent events, against the real broker. How the inbox applies
 * events (once each, with their trace, poison to the dead-letter topic) is platform-eventing's own to test.
 */
@QuarkusTest
class IntentEventConsumptionTest {

    private static final String DEAD_LETTERS = "chuanyu.alliance.dead-letters";
    private static TestEventProducer conference;

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
    void aWithdrawnIntentLeavesTheBoardAndWhenPublishedAgainReturnsAsTheSameOfferUpdated() {
        UUID intent = UUID.randomUUID();
        // one key, so one partition: the three events are applied in this order
        send(intent, TechnologyOffers.INTENT_PUBLISHED, IntentEventFixtures.published(intent, "首次发布的合作意向"));
        Object offerId = awaitOfferFor(intent).get("id");

        send(intent, TechnologyOffers.INTENT_WITHDRAWN, IntentEventFixtures.withdrawn(intent));
        // this offer's own status (what the board lists by): absent from a page of the board it could merely be
        // crowded out by newer offers
        UUID offer = UUID.fromString(offerId.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(offer) == OfferStatus.WITHDRAWN);

        send(intent, TechnologyOffers.INTENT_PUBLISHED, IntentEventFixtures.published(intent, "重新发布：川渝联合攻关"));
        Map<String, Object> republished = awaitOffer(intent, o -> "重新发布：川渝联合攻关".equals(o.get("title")));
        assertThat(republished)
                .as("the same offer, so interests and projects that name it still do")
                .containsEntry("id", offerId)
                .containsEntry("institution", "电子科技大学");
        assertThat(republished.get("keywords")).isEqualTo(List.of("钾离子电池"));
    }

    @Test
    void anIntentEventWithoutItsKindGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        try (var deadLetters = TopicRecorder.of(DEAD_LETTERS)) {
            UUID broken = UUID.randomUUID();
            conference.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    "poison-field-" + broken,
                    TechnologyOffers.INTENT_PUBLISHED,
                    broken.toString(),
                    "{\"intentId\": \"" + broken + "\"}");
            UUID healthy = UUID.randomUUID();
            // the same key, so the same partition: once this one is applied, the broken one was consumed
            conference.sendCloudEvent(
                    TOPIC,
                    SOURCE,
                    UUID.randomUUID().toString(),
                    TechnologyOffers.INTENT_PUBLISHED,
                    broken.toString(),
                    IntentEventFixtures.published(healthy, "毒消息之后的正常意向"));

            awaitOfferFor(healthy);
            PublishedEvent missingField =
                    deadLetters.await(e -> ("poison-field-" + broken).equals(e.id()), Duration.ofSeconds(30));
            assertThat(missingField.header("dead-letter-reason")).contains("'kind'");
            assertThat(missingField.header("dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(activeOfferIds()).doesNotContain(broken.toString());
        }
    }

    private static void send(UUID intent, String type, String data) {
        conference.sendCloudEvent(TOPIC, SOURCE, UUID.randomUUID().toString(), type, intent.toString(), data);
    }

    private Map<String, Object> awaitOfferFor(UUID intent) {
        return awaitOffer(intent, offer -> true);
    }

    private Map<String, Object> awaitOffer(UUID intent, Predicate<Map<String, Object>> condition) {
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
                                .filter(o -> link.equals(o.get("sourceLink")) && condition.test(o))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static OfferStatus statusOf(UUID offer) {
        return QuarkusTransaction.requiringNew().call(() -> TechnologyOffer.<TechnologyOffer>findById(offer).status);
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
}
