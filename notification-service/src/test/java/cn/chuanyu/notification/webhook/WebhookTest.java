package cn.chuanyu.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.notification.ContractEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partners' webhooks against a receiver in the test: CloudEvents in HTTP binary mode, signed per Standard Webhooks,
 * retried while the receiver fails, each once after it recovers; pause, resume, replay, delete; own subscriptions only.
 */
@QuarkusTest
class WebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static ContractEvents events;

    @Inject
    Subscriptions subscriptions;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void connect() {
        events = new ContractEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    @TestSecurity(user = "partner-research-office", roles = "partner")
    void aReceiverGetsSignedCloudEventsRetriedAfterA500AndEachOnceAfterItRecovers() throws Exception {
        try (Receiver receiver = new Receiver(2)) {
            JsonPath created = subscribe(receiver.url(), ContractEvents.CERTIFICATE_ISSUED);
            String secret = created.getString("secret");
            String subscription = created.getString("id");
            assertThat(secret).startsWith("whsec_");

            UUID certificate = UUID.randomUUID();
            String data = ContractEvents.certificateIssued(certificate, "NTTB-2020-000123", "trainee-w", "王五");
            String first = events.send(ContractEvents.CERTIFICATE_ISSUED, certificate.toString(), data);
            await().atMost(PATIENCE).until(() -> receiver.about(first).size() == 3);
            for (Receiver.Request request : receiver.about(first)) {
                assertThat(StandardWebhooks.verify(
                                secret,
                                request.header("webhook-id"),
                                request.header("webhook-timestamp"),
                                request.body(),
                                request.header("webhook-signature")))
                        .as("signature of %s", request.headers())
                        .isTrue();
                assertThat(request.header("ce-specversion")).isEqualTo("1.0");
                assertThat(request.header("ce-id")).isEqualTo(first);
                assertThat(request.header("ce-type")).isEqualTo(ContractEvents.CERTIFICATE_ISSUED);
                assertThat(request.header("ce-source")).isEqualTo("/chuanyu/training-service");
                assertThat(request.header("ce-subject")).isEqualTo(certificate.toString());
                assertThat(request.header("content-type")).isEqualTo("application/json");
                assertThat(JsonPath.from(request.body()).getString("holder.name"))
                        .isEqualTo("王五");
            }
            assertThat(receiver.about(first))
                    .extracting(Receiver.Request::answered)
                    .containsExactly(500, 500, 204);
            awaitLog(subscription, "DELIVERED");
            given().when()
                    .get("/api/notifications/webhooks/" + subscription + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].eventId", equalTo(first))
                    .body("items[0].attempts", equalTo(3))
                    .body("items[0].lastStatusCode", equalTo(204))
                    .body("items[0].nextAttemptAt", equalTo(null));

            // a later event arrives once; the delivered one is not sent again
            UUID other = UUID.randomUUID();
            String second = events.send(
                    ContractEvents.CERTIFICATE_ISSUED,
                    other.toString(),
                    ContractEvents.certificateIssued(other, "NTTB-2020-000124", "trainee-w2", "王小五"));
            await().atMost(PATIENCE).until(() -> receiver.about(second).size() == 1);
            awaitDelivered(subscription, 2);
            assertThat(receiver.about(first)).hasSize(3);
            assertThat(receiver.about(second))
                    .extracting(Receiver.Request::answered)
                    .containsExactly(204);

            // the subscription as listed never shows its secret again
            given().when()
                    .get("/api/notifications/webhooks/" + subscription)
                    .then()
                    .statusCode(200)
                    .body("$", not(hasKey("secret")))
                    .body("status", equalTo("ACTIVE"));
        }
    }

    @Test
    @TestSecurity(user = "partner-statistics-bureau", roles = "partner")
    void pausedDeliveriesWaitForResumeAndReplaySendsAgainWithTheSameId() {
        try (Receiver receiver = new Receiver(0)) {
            String subscription =
                    subscribe(receiver.url(), ContractEvents.ENROLLED).getString("id");
            given().when()
                    .post("/api/notifications/webhooks/" + subscription + "/pause")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PAUSED"));
            UUID enrolment = UUID.randomUUID();
            String id = events.send(
                    ContractEvents.ENROLLED,
                    enrolment.toString(),
                    ContractEvents.enrolled(enrolment, "trainee-paused", "周八", false));
            awaitLog(subscription, "PENDING");
            assertThat(receiver.requests).isEmpty();

            given().when()
                    .post("/api/notifications/webhooks/" + subscription + "/resume")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            await().atMost(PATIENCE).until(() -> receiver.about(id).size() == 1);
            String delivery = awaitLog(subscription, "DELIVERED");

            given().when()
                    .post("/api/notifications/webhooks/" + subscription + "/deliveries/" + delivery + "/replay")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"));
            await().atMost(PATIENCE).until(() -> receiver.about(id).size() == 2);

            awaitLog(subscription, "DELIVERED");
            given().contentType("application/json")
                    .body("{\"from\": \"%s\", \"to\": \"%s\"}"
                            .formatted(
                                    Instant.now().minusSeconds(3600),
                                    Instant.now().plusSeconds(60)))
                    .when()
                    .post("/api/notifications/webhooks/" + subscription + "/replays")
                    .then()
                    .statusCode(200)
                    .body("replayed", equalTo(1));
            await().atMost(PATIENCE).until(() -> receiver.about(id).size() == 3);

            given().when()
                    .delete("/api/notifications/webhooks/" + subscription)
                    .then()
                    .statusCode(204);
            given().when()
                    .get("/api/notifications/webhooks/" + subscription)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    @TestSecurity(user = "partner-b", roles = "partner")
    void aPartnerSeesAndChangesOnlyItsOwnSubscriptions() {
        WebhookSubscription theirs = QuarkusTransaction.requiringNew()
                .call(() -> subscriptions.create(
                        new SubscriptionRequest("http://127.0.0.1:9/hooks", List.of(ContractEvents.ENROLLED), "另一合作方"),
                        "partner-a"));
        String path = "/api/notifications/webhooks/" + theirs.id;
        given().when().get(path).then().statusCode(404);
        given().when().post(path + "/pause").then().statusCode(404);
        given().when().get(path + "/deliveries").then().statusCode(404);
        given().when().delete(path).then().statusCode(404);
        given().when()
                .get("/api/notifications/webhooks")
                .then()
                .statusCode(200)
                .body("items.id", not(Matchers.hasItem(theirs.id.toString())));
    }

    @Test
    @TestSecurity(user = "partner-c", roles = "partner")
    void unknownEventTypesAndForbiddenTargetsAreRefused() {
        given().contentType("application/json")
                .body("{\"targetUrl\": \"https://example.org/hooks\", \"eventTypes\": [\"cn.chuanyu.x.v1\"]}")
                .when()
                .post("/api/notifications/webhooks")
                .then()
                .statusCode(400)
                .body("type", Matchers.endsWith("unknown-event-type"));
        given().contentType("application/json")
                .body("{\"targetUrl\": \"ftp://example.org/hooks\", \"eventTypes\": [\"%s\"]}"
                        .formatted(ContractEvents.ENROLLED))
                .when()
                .post("/api/notifications/webhooks")
                .then()
                .statusCode(400)
                .body("title", equalTo("推送地址不被允许"));
    }

    @Test
    @TestSecurity(user = "trainee", roles = "trainee")
    void peopleWhoAreNotPartnersCannotSubscribe() {
        given().when().get("/api/notifications/webhooks").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "partner-conference-watch", roles = "partner")
    void anInternalTopicsEventIsNeverDeliveredNotEvenToASubscriptionMadeBeforeItsTypeBecameInternal() {
        given().contentType("application/json")
                .body("{\"targetUrl\": \"https://example.org/hook\", \"eventTypes\": [\"%s\"]}"
                        .formatted(ContractEvents.REVIEW_ASSIGNED))
                .when()
                .post("/api/notifications/webhooks")
                .then()
                .statusCode(400);
        try (Receiver receiver = new Receiver(0)) {
            String subscription =
                    subscribe(receiver.url(), ContractEvents.CERTIFICATE_ISSUED).getString("id");
            // as if subscribed while review assignments were still on the partners' papers topic
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery(
                                    "update webhook_subscription set event_types = array_append(event_types, ?1)"
                                            + " where id = ?2")
                            .setParameter(1, ContractEvents.REVIEW_ASSIGNED)
                            .setParameter(2, UUID.fromString(subscription))
                            .executeUpdate());
            UUID paper = UUID.randomUUID();
            String id = events.send(
                    ContractEvents.REVIEW_ASSIGNED,
                    paper.toString(),
                    ContractEvents.reviewAssigned(UUID.randomUUID(), paper, "盲审论文", "expert-hidden", "钱教授"));
            // the reviewer's notification is made in the same transaction as any delivery would be
            await().atMost(PATIENCE)
                    .until(() -> QuarkusTransaction.requiringNew()
                                    .call(() -> ((Number) entityManager
                                                    .createNativeQuery(
                                                            "select count(*) from notification where event_id = ?1")
                                                    .setParameter(1, id)
                                                    .getSingleResult())
                                            .longValue())
                            == 1);
            long deliveries = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) entityManager
                                    .createNativeQuery("select count(*) from webhook_delivery where event_id = ?1")
                                    .setParameter(1, id)
                                    .getSingleResult())
                            .longValue());
            assertThat(deliveries).isZero();
        }
    }

    private static JsonPath subscribe(String url, String type) {
        return given().contentType("application/json")
                .body("{\"targetUrl\": \"%s\", \"eventTypes\": [\"%s\"], \"description\": \"四川大学科研院\"}"
                        .formatted(url, type))
                .when()
                .post("/api/notifications/webhooks")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/notifications/webhooks/"))
                .extract()
                .jsonPath();
    }

    /** Waits until the subscription's newest delivery is in the status; returns its id. */
    private static String awaitLog(String subscription, String status) {
        await().atMost(PATIENCE)
                .until(() -> status.equals(given().when()
                        .get("/api/notifications/webhooks/" + subscription + "/deliveries")
                        .then()
                        .extract()
                        .path("items[0].status")));
        return given().when()
                .get("/api/notifications/webhooks/" + subscription + "/deliveries")
                .then()
                .extract()
                .path("items[0].id");
    }

    private static void awaitDelivered(String subscription, int count) {
        await().atMost(PATIENCE)
                .until(() -> given().queryParam("status", "DELIVERED")
                                .when()
                                .get("/api/notifications/webhooks/" + subscription + "/deliveries")
                                .then()
                                .extract()
                                .<Integer>path("total")
                        == count);
    }
}
