package cn.chuanyu.alliance.seminar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeminarTest {

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aSeminarIsRecordedAnnouncedAndCountsForItsYear() throws Exception {
        try (var topic = TopicRecorder.of(SeminarEvents.TOPIC)) {
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "title",
                            "成渝地区双城经济圈国家高新区党建研讨会",
                            "hostZone",
                            "chengdu",
                            "heldOn",
                            "2021-06-18",
                            "attendingZones",
                            List.of("chongqing", "bishan")))
                    .when()
                    .post("/api/alliance/seminars")
                    .then()
                    .statusCode(201)
                    .body("attendingZones", contains("chengdu", "chongqing", "bishan"))
                    .extract()
                    .path("id");
            EventSchemas.assertConforms(topic.awaitEventAbout(id, SeminarEvents.HELD));
        }
        given().queryParam("from", 2021)
                .queryParam("to", 2022)
                .when()
                .get("/api/alliance/seminars/yearly-report")
                .then()
                .statusCode(200)
                .body("find { it.year == 2021 }.ruleMet", equalTo(true))
                .body("find { it.year == 2022 }.ruleMet", equalTo(false))
                .body("find { it.year == 2022 }.seminars", equalTo(0));
    }

    @Test
    @TestSecurity(
            user = "officer-chengdu",
            roles = "zone-officer",
            attributes = @SecurityAttribute(key = "zone", value = "chengdu"))
    void aZoneOfficerRecordsOnlySeminarsTheirZoneHosted() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "重庆主办的研讨会",
                        "hostZone",
                        "chongqing",
                        "heldOn",
                        "2021-09-01",
                        "attendingZones",
                        List.of("chengdu")))
                .when()
                .post("/api/alliance/seminars")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "研讨会",
                        "hostZone",
                        "chengdu",
                        "heldOn",
                        "2021-09-01",
                        "attendingZones",
                        List.of("atlantis")))
                .when()
                .post("/api/alliance/seminars")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-zone"));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void theSeminarsAreReadPageByPageLatestFirst() {
        for (int i = 0; i < 3; i++) {
            record("分页研讨会 " + i + " " + UUID.randomUUID(), "2022-0" + (i + 1) + "-15");
        }
        var first = given().queryParam("size", 2)
                .when()
                .get("/api/alliance/seminars")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(first.getLong("total")).isGreaterThanOrEqualTo(3);
        List<String> days = first.getList("items.heldOn");
        assertThat(days.get(0)).isGreaterThanOrEqualTo(days.get(1));
        given().queryParam("size", 101)
                .when()
                .get("/api/alliance/seminars")
                .then()
                .statusCode(400);
        given().queryParam("page", -1)
                .when()
                .get("/api/alliance/seminars")
                .then()
                .statusCode(400);
        given().queryParam("size", 100)
                .when()
                .get("/api/alliance/seminars")
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(100));
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void aSeminarNotYetHeldOrBeforeTheAllianceIsRefusedAndNeitherStoredNorAnnounced() throws Exception {
        String future = "明天的研讨会 " + UUID.randomUUID();
        String early = "联盟成立前的研讨会 " + UUID.randomUUID();
        try (var topic = TopicRecorder.of(SeminarEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(body(
                            future,
                            LocalDate.now(AllianceClock.CHINA).plusDays(1).toString()))
                    .when()
                    .post("/api/alliance/seminars")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
            given().contentType(ContentType.JSON)
                    .body(body(early, "2019-12-31"))
                    .when()
                    .post("/api/alliance/seminars")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                    .body("errors.field", hasItem("heldOn"));
            // a later seminar's event shows the topic was read past the refused ones
            String later = record("之后的研讨会 " + UUID.randomUUID(), "2022-05-01");
            topic.awaitEventAbout(later, SeminarEvents.HELD);
            assertThat(topic.matching(e -> e.data().contains(future) || e.data().contains(early)))
                    .isEmpty();
        }
        long stored =
                QuarkusTransaction.requiringNew().call(() -> Seminar.count("title in ?1", List.of(future, early)));
        assertThat(stored).isZero();
    }

    private static String record(String title, String heldOn) {
        return given().contentType(ContentType.JSON)
                .body(body(title, heldOn))
                .when()
                .post("/api/alliance/seminars")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> body(String title, String heldOn) {
        return Map.of("title", title, "hostZone", "chengdu", "heldOn", heldOn, "attendingZones", List.of("chongqing"));
    }
}
