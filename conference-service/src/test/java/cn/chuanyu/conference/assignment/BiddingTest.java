package cn.chuanyu.conference.assignment;

import static cn.chuanyu.conference.assignment.AssignmentFixtures.conference;
import static cn.chuanyu.conference.assignment.AssignmentFixtures.paper;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.RegisterReviewerRequest;
import cn.chuanyu.conference.review.Reviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BiddingTest {

    @Inject
    Reviews reviews;

    @Test
    @TestSecurity(user = "expert-bidder", roles = "reviewer")
    void anExpertBidsBlindAndSeesOnlyTheirOwnBids() {
        registerOnce("expert-bidder");
        UUID conference = conference();
        UUID maize = paper(conference, "玉米株型调控基因的遗传解析", List.of("作物遗传育种"));
        String other = AssignmentFixtures.expert("other-bidder", "北京大学");
        AssignmentFixtures.bid(other, maize, BidLevel.NOT_WILLING);

        bid(maize, "EAGER").then().statusCode(200).body("bid", equalTo("EAGER"));
        bid(maize, "WILLING").then().statusCode(200).body("bid", equalTo("WILLING"));

        given().when()
                .get("/api/conference/bids/conferences/" + conference + "/papers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].paperId", equalTo(maize.toString()))
                .body("items[0].title", equalTo("玉米株型调控基因的遗传解析"))
                .body("items[0].bid", equalTo("WILLING"))
                .body(not(containsString("郭超")))
                .body(not(containsString("西南大学")))
                .body(not(containsString("NOT_WILLING")));
    }

    @Test
    @TestSecurity(user = "expert-profile", roles = "reviewer")
    void anExpertDeclaresTheirExpertiseAndConflictingInstitutionsInChinese() {
        registerOnce("expert-profile");
        given().contentType(ContentType.JSON)
                .body(Map.of("expertise", List.of("作物遗传育种", "基因组学"), "declaredInstitutions", List.of("四川农业大学")))
                .when()
                .put("/api/conference/reviewers/me/profile")
                .then()
                .statusCode(200)
                .body("username", equalTo("expert-profile"))
                .body("expertise", equalTo(List.of("作物遗传育种", "基因组学")))
                .body("declaredInstitutions", equalTo(List.of("四川农业大学")));
        given().contentType(ContentType.JSON)
                .body(Map.of("expertise", List.of("x".repeat(51)), "declaredInstitutions", List.of()))
                .when()
                .put("/api/conference/reviewers/me/profile")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "not-registered", roles = "reviewer")
    void aReviewerWhoIsNotARegisteredExpertCannotBidNorDeclare() {
        UUID maize = paper(conference(), "玉米株型调控基因的遗传解析", List.of());
        bid(maize, "EAGER").then().statusCode(403).body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().contentType(ContentType.JSON)
                .body(Map.of("expertise", List.of("基因组学"), "declaredInstitutions", List.of()))
                .when()
                .put("/api/conference/reviewers/me/profile")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "expert-late", roles = "reviewer")
    void anUnknownPaperTakesNoBid() {
        registerOnce("expert-late");
        bid(UUID.randomUUID(), "EAGER").then().statusCode(404);
        bid(paper(conference(), "论文", List.of()), "MAYBE").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "guochao", roles = "researcher")
    void researchersCannotBid() {
        bid(UUID.randomUUID(), "EAGER").then().statusCode(403);
    }

    private void registerOnce(String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ExpertReviewer.findById(username) == null) {
                reviews.register(
                        new RegisterReviewerRequest(username, "投标专家", null, "清华大学", Region.OTHER),
                        ConferenceFixtures.ORGANISER);
            }
        });
    }

    private static Response bid(UUID paper, String level) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("bid", level))
                .when()
                .put("/api/conference/bids/papers/" + paper);
    }
}
