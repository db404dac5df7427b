package cn.chuanyu.conference.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewFormTest {

    @Inject
    Reviews reviews;

    @Inject
    Papers papers;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void aConferenceWithoutItsOwnFormReviewsOnTheDefaultCriteria() {
        given().when()
                .get("/api/conference/reviews/forms/" + ConferenceFixtures.withOpenCall())
                .then()
                .statusCode(200)
                .body("custom", equalTo(false))
                .body("criteria.key", equalTo(List.of("originality", "significance", "rigour", "clarity")))
                .body("criteria[0].labelZh", equalTo("原创性"));
        given().when()
                .get("/api/conference/reviews/forms/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void theTallyWeighsTheCriteriaOfTheConferencesOwnFormWhichThenCannotChange() {
        UUID conference = ConferenceFixtures.withOpenCall();
        defineForm(conference, null)
                .then()
                .statusCode(200)
                .body("custom", equalTo(true))
                .body("criteria[1].labelZh", equalTo("与川渝合作的相关性"))
                .body("criteria[1].required", equalTo(false));
        UUID paper = paper(conference);
        review(paper, "expert-form-a-" + UUID.randomUUID(), Map.of("originality", 5)); // position 1, weight 3
        review(paper, "expert-form-b-" + UUID.randomUUID(), Map.of("originality", 1, "relevance", 10)); // (0·3+1)/4

        given().when()
                .get("/api/conference/reviews/papers/" + paper + "/tally")
                .then()
                .statusCode(200)
                .body("averages.originality", equalTo(3.0f))
                .body("averages.relevance", equalTo(10.0f))
                .body("weightedScore", equalTo(62.5f));
        defineForm(conference, 0L)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/review-form-in-use"));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void aFormIsChangedOnlyFromTheVersionReadAndWithUniqueKeys() {
        UUID conference = ConferenceFixtures.withOpenCall();
        defineForm(conference, null).then().statusCode(200).body("version", equalTo(0));
        defineForm(conference, null)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/version-required"));
        defineForm(conference, 0L).then().statusCode(200).body("version", equalTo(1));
        defineForm(conference, 0L)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        Map<String, Object> twice = criterion("originality", 1, 5, true);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 1, "criteria", List.of(twice, twice)))
                .when()
                .put("/api/conference/reviews/forms/" + conference)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-review-form"));
    }

    @Test
    @TestSecurity(user = "expert-scores", roles = "reviewer")
    void scoresThatDoNotFitTheFormAreRefusedAndNothingIsStored() {
        UUID assignment = assignTo("expert-scores", paper(ConferenceFixtures.withOpenCall()));

        given().when()
                .get("/api/conference/reviews/assignments/" + assignment + "/form")
                .then()
                .statusCode(200)
                .body("criteria", hasSize(4));
        for (Map<String, Integer> scores : List.of(
                Map.of("originality", 5, "significance", 5, "rigour", 5, "clarity", 5, "novelty", 3),
                Map.of("originality", 5, "significance", 5, "rigour", 5),
                Map.of("originality", 6, "significance", 5, "rigour", 5, "clarity", 5))) {
            submit(assignment, scores)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://chuanyu.cn/problems/invalid-review-scores"));
        }
        boolean stored = QuarkusTransaction.requiringNew().call(() -> Review.findById(assignment) != null);
        assertThat(stored).isFalse();
        given().when()
                .get("/api/conference/reviews/assignments/"
                        + assignTo("expert-someone-" + UUID.randomUUID(), paper(ConferenceFixtures.withOpenCall()))
                        + "/form")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "expert-revises", roles = "reviewer")
    void aReviewerRevisesFromTheRevisionReadUntilTheDecisionAndEveryRevisionIsKept() {
        UUID paper = paper(ConferenceFixtures.withOpenCall());
        UUID assignment = assignTo("expert-revises", paper);
        submit(assignment, ReviewFixtures.scores(3, 3, 3, 3))
                .then()
                .statusCode(201)
                .body("revision", equalTo(1));

        revise(assignment, 1L, ReviewFixtures.scores(5, 4, 4, 4), "补充实验后，建议录用。")
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("recommendation", equalTo("ACCEPT"));
        revise(assignment, 1L, ReviewFixtures.scores(1, 1, 1, 1), "旧版本")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        revise(assignment, null, ReviewFixtures.scores(1, 1, 1, 1), "无版本")
                .then()
                .statusCode(400);
        given().when()
                .get("/api/conference/reviews/papers/" + paper + "/history")
                .then()
                .statusCode(403);

        List<ReviewRevisionView> history = reviews.history(paper);
        assertThat(history).extracting(ReviewRevisionView::revision).containsExactly(1, 2);
        assertThat(history.get(0).scores()).containsEntry("originality", 3);
        assertThat(history.get(1).comments()).isEqualTo("补充实验后，建议录用。");

        QuarkusTransaction.requiringNew()
                .run(() ->
                        reviews.decide(paper, new DecisionRequest(DecisionRequest.Decision.ACCEPT, null), "organiser"));
        revise(assignment, 2L, ReviewFixtures.scores(2, 2, 2, 2), "决定之后")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/paper-decided"));
        assertThat(reviews.history(paper)).hasSize(2);
    }

    private static Response defineForm(UUID conference, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put(
                "criteria",
                List.of(
                        criterion("originality", 1, 5, true),
                        Map.of(
                                "key",
                                "relevance",
                                "labelZh",
                                "与川渝合作的相关性",
                                "labelEn",
                                "Relevance to the programme",
                                "min",
                                0,
                                "max",
                                10,
                                "weight",
                                1,
                                "required",
                                false)));
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/conference/reviews/forms/" + conference);
    }

    private static Map<String, Object> criterion(String key, int min, int max, boolean required) {
        return Map.of(
                "key",
                key,
                "labelZh",
                "原创性",
                "labelEn",
                "Originality",
                "min",
                min,
                "max",
                max,
                "weight",
                3,
                "required",
                required);
    }

    private static Response submit(UUID assignment, Map<String, Integer> scores) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("scores", scores, "recommendation", "MINOR_REVISION", "comments", "需要补充实验。"))
                .when()
                .post("/api/conference/reviews/assignments/" + assignment + "/review");
    }

    private static Response revise(UUID assignment, Long revision, Map<String, Integer> scores, String comments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", revision);
        body.put("scores", scores);
        body.put("recommendation", "ACCEPT");
        body.put("comments", comments);
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/conference/reviews/assignments/" + assignment + "/review");
    }

    private void review(UUID paper, String expert, Map<String, Integer> scores) {
        UUID assignment = assignTo(expert, paper);
        QuarkusTransaction.requiringNew()
                .run(() -> reviews.submitReview(
                        assignment, new ReviewRequest(scores, Recommendation.ACCEPT, "建议录用"), expert));
    }

    private UUID assignTo(String expert, UUID paper) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (ExpertReviewer.findById(expert) == null) {
                reviews.register(new RegisterReviewerRequest(expert, "表单专家", null, "清华大学", Region.OTHER), "organiser");
            }
            return reviews.assign(paper, expert, "organiser").id;
        });
    }

    private UUID paper(UUID conference) {
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
    }
}
