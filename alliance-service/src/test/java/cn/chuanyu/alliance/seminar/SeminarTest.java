package cn.chuanyu.alliance.seminar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
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
}
