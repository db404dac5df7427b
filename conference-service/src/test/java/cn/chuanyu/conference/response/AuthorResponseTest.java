package cn.chuanyu.conference.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.review.ReviewEvents;
import cn.chuanyu.conference.review.ReviewedPaper;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResponseTest {

    private static final String ANSWER = "感谢审稿人的意见。关于审稿人 2 提出的样本量问题，我们已补充 120 份田间数据。\n第二段：CRISPR-Cas9 结果见附录。";

    @Inject
    AuthorResponses responses;

    @Inject
    ConferenceClock clock;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organisersSetTheWindowInChinasDatesAndReadTheResponse() {
        ReviewedPaper paper = ReviewedPaper.reviewedBy(expert());
        LocalDate today = clock.today();

        setWindow(paper.conferenceId(), today.plusDays(1), today)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        given().when().get(windowPath(paper.conferenceId())).then().statusCode(404);
        setWindow(paper.conferenceId(), today, today.plusDays(3))
                .then()
                .statusCode(200)
                .body("opensOn", equalTo(today.toString()))
                .body("wordLimit", equalTo(60))
                .body("open", equalTo(true));
        setWindow(UUID.randomUUID(), today, today).then().statusCode(404);
        answerDirectly(paper);

        given().when()
                .get("/api/conference/papers/" + paper.paperId() + "/author-response")
                .then()
                .statusCode(200)
                .body("text", equalTo(ANSWER));
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theSubmitterReadsTheAnonymisedReviewsAndAnswersWithinTheWordLimit() {
        String first = expert();
        String second = expert();
        ReviewedPaper paper = ReviewedPaper.reviewedBy(first, second);
        openWindow(paper, 42);

        given().when()
                .get(reviewsPath(paper))
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("decisionNote", nullValue())
                .body("reviews.number", contains(1, 2))
                .body("reviews[1].comments", equalTo("实验设计严谨，建议录用。2"))
                .body("reviews[0].scores[0].key", equalTo("originality"))
                .body("reviews[0].scores[0].labelZh", equalTo("原创性"))
                .body("reviews[0].scores[0].score", equalTo(5))
                .body(not(containsString(first)))
                .body(not(containsString("清华大学")))
                .body(not(containsString("recommendation")))
                .body(not(containsString("ACCEPT\"")));

        answer(paper, ANSWER + "多余的字")
                .then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/response-too-long"))
                .body("detail", containsString("46"));
        given().when()
                .get("/api/conference/papers/" + paper.paperId() + "/author-response")
                .then()
                .statusCode(404);
        answer(paper, ANSWER)
                .then()
                .statusCode(200)
                .body("text", equalTo(ANSWER))
                .body("words", equalTo(42));
        answer(paper, "  修订后的答辩。 ").then().statusCode(200).body("text", equalTo("修订后的答辩。"));
        given().when()
                .get("/api/conference/papers/" + paper.paperId() + "/author-response")
                .then()
                .statusCode(200)
                .body("text", equalTo("修订后的答辩。"))
                .body("words", equalTo(6));
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void outsideTheWindowTheSubmitterCanNeitherAnswerNorReadUndecidedReviews() {
        ReviewedPaper noWindow = ReviewedPaper.reviewedBy(expert());
        answer(noWindow, ANSWER)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/no-response-window"));
        given().when()
                .get(reviewsPath(noWindow))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/reviews-not-released"));

        ReviewedPaper closed = ReviewedPaper.reviewedBy(expert());
        LocalDate today = clock.today();
        QuarkusTransaction.requiringNew()
                .run(() -> responses.setWindow(
                        closed.conferenceId(),
                        new ResponseWindowRequest(today.minusDays(5), today.minusDays(1), 500),
                        ConferenceFixtures.ORGANISER));
        answer(closed, ANSWER)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/response-window-closed"))
                .body("detail", containsString(today.toString()));
        given().when().get(reviewsPath(closed)).then().statusCode(409);

        ReviewedPaper unreviewed = ReviewedPaper.assignedTo(0, expert());
        openWindow(unreviewed, 500);
        answer(unreviewed, ANSWER)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/no-reviews"));
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theDecisionReleasesTheReviewsWithTheNoteAndTellsTheSubmitterOnTheInternalTopic() throws Exception {
        String first = expert();
        ReviewedPaper paper = ReviewedPaper.reviewedBy(first, expert());
        openWindow(paper, 500);
        answerDirectly(paper);

        try (var topic = TopicRecorder.of(ReviewEvents.TOPIC)) {
            paper.decide(true, "评审专家一致推荐，请按意见修改。");
            PublishedEvent released = topic.awaitEventAbout(paper.paperId().toString(), ReviewEvents.REVIEWS_RELEASED);
            EventSchemas.assertConforms(released);
            assertThat(released.data())
                    .contains("\"submittedBy\":\"" + PaperFixtures.GUO_CHAO + "\"")
                    .contains("\"reviewCount\":2")
                    .contains("\"decision\":\"ACCEPTED\"")
                    .contains("玉米株型调控基因的遗传解析")
                    .doesNotContain(first)
                    .doesNotContain("实验设计严谨");
        }
        given().when()
                .get(reviewsPath(paper))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decisionNote", equalTo("评审专家一致推荐，请按意见修改。"))
                .body("reviews", hasSize(2))
                .body(not(containsString(first)));
        answer(paper, ANSWER)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/paper-not-under-review"));
    }

    @Test
    @TestSecurity(user = "someone-else", roles = "researcher")
    void anotherResearcherFindsNeitherReviewsNorResponse() {
        ReviewedPaper paper = ReviewedPaper.reviewedBy(expert());
        openWindow(paper, 500);
        answerDirectly(paper);

        given().when().get(reviewsPath(paper)).then().statusCode(404);
        answer(paper, "我来替作者答辩").then().statusCode(404);
        given().when()
                .get("/api/conference/papers/" + paper.paperId() + "/author-response")
                .then()
                .statusCode(404);
        setWindow(paper.conferenceId(), clock.today(), clock.today()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "expert-reads-response", roles = "reviewer")
    void theAssignedReviewerReadsTheResponseAndNoOtherReviewerDoes() {
        ReviewedPaper mine = ReviewedPaper.reviewedBy("expert-reads-response", expert());
        openWindow(mine, 500);
        UUID mineAssignment = mine.assignments().get(0);
        given().when().get(assignedResponsePath(mineAssignment)).then().statusCode(404);
        answerDirectly(mine);

        given().when()
                .get(assignedResponsePath(mineAssignment))
                .then()
                .statusCode(200)
                .body("text", equalTo(ANSWER))
                .body(not(containsString(PaperFixtures.GUO_CHAO)));
        given().when()
                .get(assignedResponsePath(mine.assignments().get(1)))
                .then()
                .statusCode(404);
        given().when().get(reviewsPath(mine)).then().statusCode(403);
        answer(mine, ANSWER).then().statusCode(403);
    }

    private void openWindow(ReviewedPaper paper, int wordLimit) {
        LocalDate today = clock.today();
        QuarkusTransaction.requiringNew()
                .run(() -> responses.setWindow(
                        paper.conferenceId(),
                        new ResponseWindowRequest(today.minusDays(1), today.plusDays(1), wordLimit),
                        ConferenceFixtures.ORGANISER));
    }

    private void answerDirectly(ReviewedPaper paper) {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        responses.respond(paper.paperId(), new AuthorResponseRequest(ANSWER), PaperFixtures.GUO_CHAO));
    }

    private static String expert() {
        return "expert-ar-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String windowPath(UUID conference) {
        return "/api/conference/conferences/" + conference + "/author-response-window";
    }

    private static String reviewsPath(ReviewedPaper paper) {
        return "/api/conference/papers/" + paper.paperId() + "/reviews";
    }

    private static String assignedResponsePath(UUID assignment) {
        return "/api/conference/reviews/assignments/" + assignment + "/author-response";
    }

    private static Response setWindow(UUID conference, LocalDate opens, LocalDate closes) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("opensOn", opens.toString(), "closesOn", closes.toString(), "wordLimit", 60))
                .when()
                .put(windowPath(conference));
    }

    private static Response answer(ReviewedPaper paper, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .when()
                .put("/api/conference/papers/" + paper.paperId() + "/author-response");
    }
}
