package cn.chuanyu.conference.paper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaperSubmissionTest {

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void researcherSubmitsACrossRegionPaperWhichIsAnnouncedWithoutAuthorNames() throws Exception {
        UUID conference = ConferenceFixtures.withOpenCall();
        try (var topic = TopicRecorder.of(PaperEvents.TOPIC)) {
            var created = given().contentType(ContentType.JSON)
                    .body(PaperFixtures.cropGenetics())
                    .when()
                    .post("/api/conference/conferences/" + conference + "/papers")
                    .then()
                    .statusCode(201)
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/api/conference/papers/" + id);

            given().when()
                    .get("/api/conference/papers/" + id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("玉米株型调控基因的遗传解析"))
                    .body("authors.name", contains("郭超", "贺俊"))
                    .body("authors.institution", contains("四川大学玉米研究所", "西南大学"))
                    .body("crossRegion", equalTo(true))
                    .body("status", equalTo("SUBMITTED"));
            given().when().get("/api/conference/papers/mine").then().body("items.id", hasItem(id));

            var event = topic.awaitEventAbout(id, PaperEvents.SUBMITTED);
            EventSchemas.assertConforms(event);
            assertThat(event.data())
                    .contains("\"crossRegion\":true")
                    .contains("西南大学")
                    .doesNotContain("郭超");
        }
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void submissionOutsideTheCallForPapersIsRefused() {
        UUID conference = ConferenceFixtures.withClosedCall();
        given().contentType(ContentType.JSON)
                .body(PaperFixtures.cropGenetics())
                .when()
                .post("/api/conference/conferences/" + conference + "/papers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/call-for-papers-closed"));
        given().when()
                .get("/api/conference/papers/mine")
                .then()
                .body("items.conferenceId", not(hasItem(conference.toString())));
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void aPaperNeedsExactlyOneCorrespondingAuthorAKnownTrackAndValidOrcids() {
        UUID conference = ConferenceFixtures.withOpenCall();
        var base = PaperFixtures.cropGenetics();
        var twoCorresponding = new PaperRequest(
                base.track(),
                base.title(),
                base.abstractText(),
                base.keywords(),
                List.of(
                        new Author("郭超", null, "四川大学玉米研究所", Region.SICHUAN, true),
                        new Author("贺俊", null, "西南大学", Region.CHONGQING, true)),
                null);
        post(conference, twoCorresponding)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/corresponding-author"));

        var unknownTrack =
                new PaperRequest("astronomy", base.title(), base.abstractText(), base.keywords(), base.authors(), null);
        post(conference, unknownTrack)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/unknown-track"));

        var badOrcid = new PaperRequest(
                base.track(),
                base.title(),
                base.abstractText(),
                base.keywords(),
                List.of(new Author("贺俊", "0000-0002-1825-0098", "西南大学", Region.CHONGQING, true)),
                null);
        post(conference, badOrcid).then().statusCode(400).body("errors.field", hasItem("authors[0].orcid"));

        post(
                        conference,
                        new PaperRequest(
                                base.track(), "题".repeat(301), base.abstractText(), null, base.authors(), null))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));

        given().when()
                .get("/api/conference/papers/mine")
                .then()
                .body("items.conferenceId", not(hasItem(conference.toString())));
    }

    private static Response post(UUID conference, PaperRequest request) {
        return given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/conference/conferences/" + conference + "/papers");
    }
}
