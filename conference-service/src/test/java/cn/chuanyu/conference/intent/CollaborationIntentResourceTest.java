package cn.chuanyu.conference.intent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollaborationIntentResourceTest {

    private static TopicRecorder topic;

    @BeforeAll
    static void recordTopic() {
        topic = TopicRecorder.of(IntentEvents.TOPIC);
    }

    @AfterAll
    static void stopRecording() throws InterruptedException {
        topic.close();
    }

    @Test
    @TestSecurity(user = IntentFixtures.FAN_CONG, roles = "researcher")
    void researcherPublishesAnIntentThatRoundTripsChineseAndIsAnnouncedOnKafka() {
        var request = IntentFixtures.potassiumIonBatteries();
        var created = given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/conference/intents/" + id);
        // the stored intent reads back exactly as written
        given().when()
                .get("/api/conference/intents/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("新型有机钾离子电池成果转化"))
                .body("summary", equalTo(request.summary()))
                .body("keywords", contains("钾离子电池", "有机电极材料"))
                .body("publishedBy", equalTo(IntentFixtures.FAN_CONG))
                .body("status", equalTo("PUBLISHED"));

        PublishedEvent event = topic.awaitEventAbout(id, IntentEvents.PUBLISHED);
        EventSchemas.assertConforms(event);
        assertThat(event.header("ce_source")).isEqualTo("/chuanyu/conference-service");
        assertThat(event.header("ce_subject")).isEqualTo(id);
        assertThat(event.data()).contains("\"title\":\"新型有机钾离子电池成果转化\"");
    }

    @Test
    @TestSecurity(user = IntentFixtures.FAN_CONG, roles = "researcher")
    void publishedIntentsAreFoundByChineseKeyword() {
        String id = given().contentType(ContentType.JSON)
                .body(IntentFixtures.titled("有机钾离子电池中试合作"))
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().queryParam("q", "钾离子电池")
                .when()
                .get("/api/conference/intents")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "中试")
                .when()
                .get("/api/conference/intents")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "钙钛矿")
                .when()
                .get("/api/conference/intents")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void anonymousCallerCannotPublish() {
        given().contentType(ContentType.JSON)
                .body(IntentFixtures.potassiumIonBatteries())
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/unauthenticated"));
    }

    @Test
    @TestSecurity(user = "reviewer1", roles = "reviewer")
    void nonResearcherCannotPublish() {
        given().contentType(ContentType.JSON)
                .body(IntentFixtures.potassiumIonBatteries())
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = IntentFixtures.FAN_CONG, roles = "researcher")
    void invalidIntentIsRefusedFieldByFieldAndNothingIsStored() {
        long before = given().when()
                .get("/api/conference/intents")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");

        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFER", "title", " ", "summary", "摘要", "disciplines", List.of()))
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("errors.field", hasItems("title", "disciplines"));

        given().contentType(ContentType.JSON)
                .body("{\"kind\": \"GIFT\"}")
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/malformed-body"));

        given().when().get("/api/conference/intents").then().body("total", equalTo((int) before));
    }

    @Test
    void unknownIntentIsAProblem() {
        given().when()
                .get("/api/conference/intents/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"));
    }
}
