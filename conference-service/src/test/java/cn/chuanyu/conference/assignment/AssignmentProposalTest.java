package cn.chuanyu.conference.assignment;

import static cn.chuanyu.conference.assignment.AssignmentFixtures.bid;
import static cn.chuanyu.conference.assignment.AssignmentFixtures.conference;
import static cn.chuanyu.conference.assignment.AssignmentFixtures.expert;
import static cn.chuanyu.conference.assignment.AssignmentFixtures.paper;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.conference.review.ReviewEvents;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentProposalTest {

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void theProposalFollowsBidsAndExpertiseAndNeverPairsAConflictedExpert() {
        UUID conference = conference();
        UUID maize = paper(conference, "玉米株型调控基因的遗传解析", List.of("作物遗传育种"));
        UUID rice = paper(conference, "水稻抗病基因的克隆", List.of("植物病理学"));
        String eager = expert("eager", "中国农业大学");
        String breeder = expert("breeder", "华中农业大学", "作物 遗传育种");
        String colleague = expert("colleague", "西南 大学。"); // 贺俊's institution, typed differently
        expert("spare", "南京大学");
        expert("spare", "武汉大学");
        bid(eager, maize, BidLevel.EAGER);
        bid(eager, rice, BidLevel.NOT_WILLING);
        bid(colleague, maize, BidLevel.EAGER);
        bid(colleague, rice, BidLevel.EAGER);

        Map<String, Object> proposal = propose(conference, 2, 5)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .extract()
                .path("");

        List<Map<String, Object>> pairs = pairs(proposal);
        assertThat(pairs)
                .anySatisfy(p -> assertThat(p)
                        .containsEntry("paperId", maize.toString())
                        .containsEntry("reviewer", eager)
                        .containsEntry("bid", "EAGER")
                        .containsEntry("score", 10));
        assertThat(pairs)
                .anySatisfy(p -> assertThat(p)
                        .containsEntry("paperId", maize.toString())
                        .containsEntry("reviewer", breeder)
                        .containsEntry("affinity", 3));
        assertThat(pairs).noneMatch(p -> p.get("reviewer").equals(colleague));
        assertThat(pairs)
                .noneMatch(
                        p -> p.get("reviewer").equals(eager) && p.get("paperId").equals(rice.toString()));
        assertThat(pairs)
                .filteredOn(p -> p.get("paperId").equals(rice.toString()))
                .hasSize(2);
        assertThat(proposal.get("totalScore"))
                .isEqualTo(
                        pairs.stream().mapToInt(p -> (Integer) p.get("score")).sum());
        assertThat(assignmentsOf(maize)).isZero();
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void applyingAssignsEveryPairAtOnceAndAnnouncesEachAndOnlyOnce() throws Exception {
        UUID conference = conference();
        UUID maize = paper(conference, "玉米株型调控基因的遗传解析", List.of("作物遗传育种"));
        UUID rice = paper(conference, "水稻抗病基因的克隆", List.of("植物病理学"));
        String eager = expert("apply", "浙江大学");
        bid(eager, maize, BidLevel.EAGER);
        bid(eager, rice, BidLevel.EAGER);
        String id = propose(conference, 1, 3).then().statusCode(201).extract().path("id");

        try (var topic = TopicRecorder.of(ReviewEvents.TOPIC)) {
            given().when()
                    .post("/api/conference/assignment-proposals/" + id + "/application")
                    .then()
                    .statusCode(200)
                    .body("appliedBy", equalTo("organiser"))
                    .body("appliedAt", notNullValue());
            for (UUID paper : List.of(maize, rice)) {
                PublishedEvent event = topic.awaitEventAbout(paper.toString(), ReviewEvents.ASSIGNED);
                EventSchemas.assertConforms(event);
                assertThat(event.data())
                        .contains("\"subject\":\"" + eager + "\"")
                        .doesNotContain("郭超");
            }
        }
        assertThat(assignmentsOf(maize)).isEqualTo(1);
        assertThat(assignmentsOf(rice)).isEqualTo(1);
        given().when().get("/api/conference/papers/" + maize).then().body("status", equalTo("UNDER_REVIEW"));

        given().when()
                .post("/api/conference/assignment-proposals/" + id + "/application")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/proposal-applied"));
        assertThat(assignmentsOf(maize)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void aProposalOutdatedByABidIsRefusedAndAssignsNothing() {
        UUID conference = conference();
        UUID maize = paper(conference, "玉米株型调控基因的遗传解析", List.of("作物遗传育种"));
        String eager = expert("stale", "复旦大学");
        bid(eager, maize, BidLevel.EAGER);
        String id = propose(conference, 1, 3).then().statusCode(201).extract().path("id");
        bid(eager, maize, BidLevel.NOT_WILLING);

        given().header("Accept-Language", "en")
                .when()
                .post("/api/conference/assignment-proposals/" + id + "/application")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/proposal-stale"))
                .body("title", equalTo("The assignment proposal is out of date"));
        assertThat(assignmentsOf(maize)).isZero();
        given().when()
                .get("/api/conference/assignment-proposals/" + id)
                .then()
                .statusCode(200)
                .body("appliedAt", nullValue());
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void aProposalForAnUnknownConferenceOrWithBadLimitsIsRefused() {
        propose(UUID.randomUUID(), 2, 5)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"));
        propose(conference(), 0, 5).then().statusCode(400);
        given().when()
                .get("/api/conference/assignment-proposals/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(
            user = "fancong",
            roles = {"researcher", "reviewer"})
    void onlyOrganisersProposeAndApply() {
        propose(UUID.randomUUID(), 2, 5).then().statusCode(403);
        given().when()
                .post("/api/conference/assignment-proposals/" + UUID.randomUUID() + "/application")
                .then()
                .statusCode(403);
    }

    private static Response propose(UUID conference, int perPaper, int perReviewer) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "conferenceId", conference, "reviewersPerPaper", perPaper, "maxPapersPerReviewer", perReviewer))
                .when()
                .post("/api/conference/assignment-proposals");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pairs(Map<String, Object> proposal) {
        return (List<Map<String, Object>>) proposal.get("pairs");
    }

    private static long assignmentsOf(UUID paper) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewAssignment.count("paperId", paper));
    }
}
