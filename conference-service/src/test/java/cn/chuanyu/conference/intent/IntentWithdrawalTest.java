package cn.chuanyu.conference.intent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntentWithdrawalTest {

    @Inject
    CollaborationIntents intents;

    @Test
    @TestSecurity(user = IntentFixtures.FAN_CONG, roles = "researcher")
    void authorWithdrawsTheIntentWhichLeavesTheListingAndIsAnnounced() throws Exception {
        String id = intents.publish(IntentFixtures.potassiumIonBatteries(), IntentFixtures.FAN_CONG)
                .id
                .toString();

        try (var topic = TopicRecorder.of(IntentEvents.TOPIC)) {
            given().when()
                    .post("/api/conference/intents/" + id + "/withdrawal")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));

            given().when().get("/api/conference/intents").then().body("items.id", not(hasItem(id)));
            var withdrawn = topic.awaitEventAbout(id, IntentEvents.WITHDRAWN);
            EventSchemas.assertConforms(withdrawn);
            var published = topic.awaitEventAbout(id, IntentEvents.PUBLISHED);
            assertThat(topic.all())
                    .as("one intent's events arrive in the order they happened")
                    .containsSubsequence(published, withdrawn);
        }
        given().when()
                .post("/api/conference/intents/" + id + "/withdrawal")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/intent-already-withdrawn"));
    }

    @Test
    @TestSecurity(user = "hejun", roles = "researcher")
    void anotherResearcherCannotWithdrawSomeonesIntent() {
        String id = intents.publish(IntentFixtures.potassiumIonBatteries(), IntentFixtures.FAN_CONG)
                .id
                .toString();

        given().when()
                .post("/api/conference/intents/" + id + "/withdrawal")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().when().get("/api/conference/intents/" + id).then().body("status", equalTo("PUBLISHED"));
    }
}
