package cn.chuanyu.conference.paper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.kernel.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Object-level rules and optimistic concurrency on papers. */
@QuarkusTest
class PaperEditingTest {

    @Inject
    Papers papers;

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theSubmitterEditsWithTheVersionReadAndAStaleVersionIsRefused() {
        String id = submittedBy(PaperFixtures.GUO_CHAO).toString();
        var request = PaperFixtures.cropGenetics();

        given().contentType(ContentType.JSON)
                .body(PaperFixtures.withVersion(request, 0, "玉米株型调控基因的遗传解析（修订）"))
                .when()
                .put("/api/conference/papers/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("玉米株型调控基因的遗传解析（修订）"))
                .body("version", equalTo(1));

        // a second editor still holding version 0 must not overwrite the first edit
        given().contentType(ContentType.JSON)
                .body(PaperFixtures.withVersion(request, 0, "覆盖"))
                .when()
                .put("/api/conference/papers/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        given().when().get("/api/conference/papers/" + id).then().body("title", equalTo("玉米株型调控基因的遗传解析（修订）"));
    }

    @Test
    @TestSecurity(user = "hejun", roles = "researcher")
    void anotherResearcherCanNeitherReadNorEditSomeonesPaper() {
        String id = submittedBy(PaperFixtures.GUO_CHAO).toString();

        given().when().get("/api/conference/papers/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(PaperFixtures.withVersion(PaperFixtures.cropGenetics(), 0, "篡改"))
                .when()
                .put("/api/conference/papers/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertThat(papers.get(UUID.fromString(id), new Caller(PaperFixtures.GUO_CHAO, false)).title)
                .isEqualTo("玉米株型调控基因的遗传解析");
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void aPaperUnderReviewCanNoLongerBeEdited() {
        UUID id = submittedBy(PaperFixtures.GUO_CHAO);
        QuarkusTransaction.requiringNew().run(() -> Paper.<Paper>findById(id).status = PaperStatus.UNDER_REVIEW);

        given().contentType(ContentType.JSON)
                .body(PaperFixtures.withVersion(PaperFixtures.cropGenetics(), 1, "迟到的修改"))
                .when()
                .put("/api/conference/papers/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/paper-locked"));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organisersReadAnyPaperOfTheirConference() {
        UUID id = submittedBy(PaperFixtures.GUO_CHAO);
        given().when()
                .get("/api/conference/papers/" + id)
                .then()
                .statusCode(200)
                .body("submittedBy", equalTo("guochao"));
    }

    private UUID submittedBy(String researcher) {
        UUID conference = ConferenceFixtures.withOpenCall();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), researcher).id);
    }
}
