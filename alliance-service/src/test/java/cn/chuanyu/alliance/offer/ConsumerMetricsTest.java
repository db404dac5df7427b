package cn.chuanyu.alliance.offer;

import static cn.chuanyu.alliance.offer.IntentEventFixtures.SOURCE;
import static cn.chuanyu.alliance.offer.IntentEventFixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.testing.TestEventProducer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus scrapes from the management port about the service's consumers and its connections: the
 * inbox's counts by consumer and topic, Kafka's own client metrics (the consumers' lag per partition, the outbox
 * relay's producer) and the database connection pool.
 */
@QuarkusTest
class ConsumerMetricsTest {

    private static final String BY_CONSUMER =
            "{consumer=\"" + ConferenceIntentConsumer.CONSUMER + "\",topic=\"" + TOPIC + "\"}";

    /** The management interface's root, {@code http://host:port/q/}. */
    @TestHTTPResource(management = true)
    URL management;

    @Test
    void anEventDeliveredTwiceCountsOnceAppliedAndOnceIgnored() {
        double applied = counter("chuanyu_inbox_applied_total");
        double duplicates = counter("chuanyu_inbox_duplicates_total");
        UUID intent = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = IntentEventFixtures.published(intent, "重复投递的合作意向");
        try (var conference = TestEventProducer.create()) {
            conference.sendCloudEvent(
                    TOPIC, SOURCE, eventId, TechnologyOffers.INTENT_PUBLISHED, intent.toString(), data);
            conference.sendCloudEvent(
                    TOPIC, SOURCE, eventId, TechnologyOffers.INTENT_PUBLISHED, intent.toString(), data);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> counter("chuanyu_inbox_duplicates_total") >= duplicates + 1);
        assertThat(counter("chuanyu_inbox_applied_total")).isEqualTo(applied + 1);
        assertThat(counter("chuanyu_inbox_duplicates_total")).isEqualTo(duplicates + 1);
        assertThat(given().queryParam("size", 100)
                        .get("/api/alliance/offers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<String>getList("items.sourceLink"))
                .containsOnlyOnce("/api/conference/intents/" + intent);
    }

    @Test
    void aPoisonEventCountsAsDeadLettered() {
        double deadLettered = counter("chuanyu_inbox_dead_lettered_total");
        String broken = UUID.randomUUID().toString();
        try (var conference = TestEventProducer.create()) {
            conference.sendCloudEvent(
                    TOPIC, SOURCE, "poison-" + broken, TechnologyOffers.INTENT_PUBLISHED, broken, "{\"intentId\": 1");
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> counter("chuanyu_inbox_dead_lettered_total") >= deadLettered + 1);
        assertThat(counter("chuanyu_inbox_dead_lettered_total")).isEqualTo(deadLettered + 1);
    }

    @Test
    void kafkaClientAndConnectionPoolMetricsAreScraped() {
        Pattern lagOfAPartition = Pattern.compile("kafka_consumer_fetch_manager_records_lag\\{[^}]*partition=\"0\""
                + "[^}]*topic=\"" + Pattern.quote(TOPIC) + "\"");
        // Micrometer looks for Kafka metrics that appeared since it bound the client (a partition's lag appears with
        // the
        // partition's first fetch) once a minute
        await().atMost(Duration.ofSeconds(90))
                .until(() -> lagOfAPartition.matcher(metrics()).find());
        assertThat(metrics())
                .containsPattern("kafka_producer_record_send_total\\{[^}]*client_id=\"alliance-service-outbox-relay\"")
                .contains("agroal_active_count{datasource=\"default\"}")
                .contains("agroal_available_count{datasource=\"default\"}")
                .contains("agroal_awaiting_count{datasource=\"default\"}");
    }

    private String metrics() {
        return given().get(management + "metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The counter's value for this consumer's topic; 0 before its first increment. */
    private double counter(String name) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name + BY_CONSUMER) + " (\\S+)$")
                .matcher(metrics());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
