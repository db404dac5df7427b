package cn.chuanyu.conference.discussion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.review.ReviewEvents;
import cn.chuanyu.conference.review.ReviewedPaper;
import cn.chuanyu.conference.review.Reviews;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscussionTest {

    private static final String DOUBT = "我认为样本量不足以支持第三节的结论，\n请各位审稿人再看一下表 2。";

    @Inject
    Discussions discussions;

    @Inject
    Reviews reviews;

    @Test
    @TestSecurity(user = "expert-disc-a", roles = "reviewer")
    void reviewersDiscussBlindAmongThemselves() {
        String other = expert();
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, "expert-disc-a", other);
        postDirectly(paper, other, false, "同意，方法部分也需要补充。");
        postDirectly(paper, ConferenceFixtures.ORGANISER, true, "请两位在 11 月 28 日前达成一致。");

        post(paper.paperId(), DOUBT)
                .then()
                .statusCode(201)
                .body("author", equalTo("审稿人 1"))
                .body("reviewerNumber", equalTo(1))
                .body("mine", equalTo(true))
                .body("text", equalTo(DOUBT));
        given().when()
                .get(posts(paper.paperId()))
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.author", contains("审稿人 2", "大会组织方", "审稿人 1"))
                .body("items.mine", contains(false, false, true))
                .body("items[0].postedBy", nullValue())
                .body("items[0].text", equalTo("同意，方法部分也需要补充。"))
                .body(not(containsString(other)))
                .body(not(containsString("\"organiser\",")));
    }

    @Test
    @TestSecurity(user = "expert-poster", roles = "reviewer")
    void aPostIsAnnouncedToThePapersOtherReviewersOnlyAsTheyReadThePoster() throws Exception {
        String other = expert();
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, other, "expert-poster");
        try (var topic = TopicRecorder.of(ReviewEvents.TOPIC)) {
            post(paper.paperId(), DOUBT).then().statusCode(201);
            var posted = topic.awaitEventAbout(paper.paperId().toString(), DiscussionEvents.POSTED);
            EventSchemas.assertConforms(posted);
            assertThat(posted.data())
                    .contains("\"postedAs\":\"审稿人 2\"")
                    .contains("\"recipients\":[\"" + other + "\"]")
                    .doesNotContain("expert-poster")
                    .doesNotContain("样本量");
        }
    }

    @Test
    @TestSecurity(user = "expert-disc-outsider", roles = "reviewer")
    void aReviewerNotAssignedOrConflictedFindsNoDiscussion() {
        ReviewedPaper notMine = ReviewedPaper.assignedTo(0, expert());
        postDirectly(notMine, ConferenceFixtures.ORGANISER, true, "请评审。");
        given().when().get(posts(notMine.paperId())).then().statusCode(404);
        post(notMine.paperId(), DOUBT).then().statusCode(404);

        ReviewedPaper conflicted = ReviewedPaper.assignedTo(0, "expert-disc-outsider");
        given().when().get(posts(conflicted.paperId())).then().statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() ->
                        reviews.declareConflict(conflicted.paperId(), "expert-disc-outsider", "expert-disc-outsider"));
        given().when().get(posts(conflicted.paperId())).then().statusCode(404);
        post(conflicted.paperId(), DOUBT).then().statusCode(404);
        given().when().get(posts(UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "guochao", roles = "researcher")
    void theAuthorsFindNoDiscussion() {
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, expert());
        postDirectly(paper, ConferenceFixtures.ORGANISER, true, "请评审。");
        given().when().get(posts(paper.paperId())).then().statusCode(404);
        post(paper.paperId(), "我是作者").then().statusCode(404);
        given().when()
                .get(posts(paper.paperId()))
                .then()
                .contentType("application/problem+json")
                .body(not(containsString("请评审")));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organisersReadTheNamesAndBadPostsChangeNothing() {
        String reviewer = expert();
        ReviewedPaper paper = ReviewedPaper.assignedTo(0, reviewer);
        postDirectly(paper, reviewer, false, "第一条意见");

        post(paper.paperId(), " ").then().statusCode(400).contentType("application/problem+json");
        post(paper.paperId(), "长".repeat(5001)).then().statusCode(400);
        post(paper.paperId(), "请尽快提交评审意见。").then().statusCode(201).body("author", equalTo("organiser"));
        given().when()
                .get(posts(paper.paperId()) + "?size=1&page=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].text", equalTo("请尽快提交评审意见。"));
        given().when()
                .get(posts(paper.paperId()))
                .then()
                .body("items[0].author", equalTo(reviewer))
                .body("items[0].postedBy", equalTo(reviewer))
                .body("items[0].reviewerNumber", equalTo(1));
    }

    private void postDirectly(ReviewedPaper paper, String user, boolean organiser, String text) {
        QuarkusTransaction.requiringNew()
                .run(() -> discussions.post(paper.paperId(), new PostRequest(text), new Caller(user, organiser)));
    }

    private static String expert() {
        return "expert-disc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String posts(UUID paper) {
        return "/api/conference/discussions/papers/" + paper + "/posts";
    }

    private static Response post(UUID paper, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .when()
                .post(posts(paper));
    }
}
