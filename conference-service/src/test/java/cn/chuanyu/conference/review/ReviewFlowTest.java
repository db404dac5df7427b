package cn.chuanyu.conference.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.PaperRequest;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewFlowTest {

    @Inject
    Reviews reviews;

    @Inject
    Papers papers;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void anExpertFromAnAuthorsInstitutionIsRefusedWithTheReason() {
        UUID paper = cropGeneticsPaper();
        register("expert-swu", "王老师", "西南大学");

        assign(paper, "expert-swu")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/conflict-of-interest"))
                .body("detail", containsString("西南大学"))
                .body("detail", containsString("贺俊"));
        given().when().get("/api/conference/papers/" + paper).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void anAssignmentIsAnnouncedToTheReviewerWithoutTheAuthors() throws Exception {
        UUID paper = cropGeneticsPaper();
        register("expert-told", "吴教授", "清华大学");

        try (var topic = TopicRecorder.of(ReviewEvents.TOPIC)) {
            String assignment = assign(paper, "expert-told")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            PublishedEvent event = topic.awaitEventAbout(paper.toString(), ReviewEvents.ASSIGNED);
            EventSchemas.assertConforms(event);
            assertThat(event.data())
                    .contains("\"assignmentId\":\"" + assignment + "\"")
                    .contains("\"subject\":\"expert-told\"")
                    .contains("吴教授")
                    .contains("玉米株型调控基因的遗传解析")
                    .doesNotContain("郭超")
                    .doesNotContain("四川大学")
                    .doesNotContain(PaperFixtures.GUO_CHAO);
        }
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void anExpertWhoRecentlyCoAuthoredWithAnAuthorIsRefused() {
        cropGeneticsPaper(); // 郭超 with 贺俊
        UUID other = submit(new PaperRequest(
                ConferenceFixtures.LIFE_SCIENCES,
                "玉米抗旱性状研究",
                "摘要",
                List.of(),
                List.of(
                        new Author("郭超", null, "四川大学玉米研究所", Region.SICHUAN, true),
                        new Author("李明", null, "四川农业大学", Region.SICHUAN, false)),
                null));
        register("expert-hejun", "贺俊", "中国农业大学");

        assign(other, "expert-hejun")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/conflict-of-interest"))
                .header("Content-Language", "zh-CN")
                .body("detail", containsString("合著"))
                .body("detail", containsString("郭超"));
    }

    @Test
    @TestSecurity(user = "expert-blind", roles = "reviewer")
    void aReviewerSeesOnlyTheirAssignedPapersAndNeverTheAuthors() {
        UUID paper = cropGeneticsPaper();
        registerDirectly("expert-blind", "赵教授", "清华大学");
        UUID assignment =
                QuarkusTransaction.requiringNew().call(() -> reviews.assign(paper, "expert-blind", "organiser").id);
        UUID notMine = assignedToSomeoneElse();

        given().when()
                .get("/api/conference/reviews/assignments")
                .then()
                .statusCode(200)
                .body("items.assignmentId", hasItem(assignment.toString()))
                .body("items.assignmentId", not(hasItem(notMine.toString())))
                .body(not(containsString("郭超")))
                .body(not(containsString("四川大学")))
                .body(not(containsString("authors")));
        given().when()
                .get("/api/conference/reviews/assignments/" + assignment)
                .then()
                .statusCode(200)
                .body("title", equalTo("玉米株型调控基因的遗传解析"))
                .body(not(containsString("guochao")));
        given().when()
                .get("/api/conference/reviews/assignments/" + notMine)
                .then()
                .statusCode(404);
        given().when().get("/api/conference/papers/" + paper).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "expert-once", roles = "reviewer")
    void aReviewerSubmitsOneReviewAndASecondIsRefused() {
        UUID paper = cropGeneticsPaper();
        registerDirectly("expert-once", "钱研究员", "中国科学院");
        UUID assignment =
                QuarkusTransaction.requiringNew().call(() -> reviews.assign(paper, "expert-once", "organiser").id);

        review(assignment, "ACCEPT").then().statusCode(201);
        review(assignment, "REJECT")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-reviewed"));
        assertThat(reviews.tally(paper).recommendations()).isEqualTo(new ReviewTally.Recommendations(1, 0, 0, 0));
    }

    @Test
    void twoConcurrentReviewsOfOnePaperByOneReviewerCannotBothLand() throws Exception {
        UUID paper = cropGeneticsPaper();
        registerDirectly("expert-race", "孙教授", "北京大学");
        UUID assignment =
                QuarkusTransaction.requiringNew().call(() -> reviews.assign(paper, "expert-race", "organiser").id);
        var request = new ReviewRequest(ReviewFixtures.scores(4, 4, 4, 4), Recommendation.ACCEPT, "并发提交");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = pool.invokeAll(List.<Callable<Boolean>>of(
                    () -> tryReview(assignment, request), () -> tryReview(assignment, request),
                    () -> tryReview(assignment, request), () -> tryReview(assignment, request)));
            long landed = 0;
            for (Future<Boolean> attempt : attempts) {
                landed += attempt.get() ? 1 : 0;
            }
            assertThat(landed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(reviews.tally(paper).reviewed()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organisersSeeTheTallyAndDecideWhichIsAnnounced() throws Exception {
        UUID paper = cropGeneticsPaper();
        assertThat(decide(paper, "ACCEPT").then().statusCode(409).extract().<String>path("type"))
                .isIn("https://chuanyu.cn/problems/paper-not-under-review", "https://chuanyu.cn/problems/no-reviews");
        for (String expert : List.of("expert-tally-1", "expert-tally-2")) {
            registerDirectly(expert, expert, "浙江大学");
            UUID assignment =
                    QuarkusTransaction.requiringNew().call(() -> reviews.assign(paper, expert, "organiser").id);
            QuarkusTransaction.requiringNew()
                    .run(() -> reviews.submitReview(
                            assignment,
                            new ReviewRequest(
                                    ReviewFixtures.scores(5, 4, expert.endsWith("1") ? 5 : 3, 4),
                                    Recommendation.ACCEPT,
                                    "建议录用"),
                            expert));
        }

        given().when()
                .get("/api/conference/reviews/papers/" + paper + "/tally")
                .then()
                .statusCode(200)
                .body("reviewed", equalTo(2))
                .body("averages.rigour", equalTo(4.0f))
                .body("weightedScore", equalTo(81.3f))
                .body("recommendations.accept", equalTo(2))
                .body("recommendations.reject", equalTo(0));
        try (var topic = TopicRecorder.of(PaperEvents.TOPIC)) {
            decide(paper, "ACCEPT")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCEPTED"))
                    .body("decidedBy", equalTo("organiser"));
            PublishedEvent decided = topic.awaitEventAbout(paper.toString(), PaperEvents.DECIDED);
            EventSchemas.assertConforms(decided);
            assertThat(decided.data())
                    .contains("\"submittedBy\":\"" + PaperFixtures.GUO_CHAO + "\"")
                    .doesNotContain("郭超");
        }
        decide(paper, "REJECT").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void theReviewersAreListedPageByPage() {
        register("expert-page-a-" + UUID.randomUUID(), "甲专家", "重庆大学");
        register("expert-page-b-" + UUID.randomUUID(), "乙专家", "四川大学");
        given().queryParam("size", 1)
                .when()
                .get("/api/conference/reviewers")
                .then()
                .statusCode(200)
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("total", greaterThanOrEqualTo(2))
                .body("items[0].orcid", nullValue());
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void researchersCannotAssignReviewers() {
        assign(UUID.randomUUID(), "anyone").then().statusCode(403);
    }

    private boolean tryReview(UUID assignment, ReviewRequest request) {
        try {
            QuarkusTransaction.requiringNew().run(() -> reviews.submitReview(assignment, request, "expert-race"));
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private UUID cropGeneticsPaper() {
        return submit(PaperFixtures.cropGenetics());
    }

    private UUID submit(PaperRequest request) {
        UUID conference = ConferenceFixtures.withOpenCall();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, request, PaperFixtures.GUO_CHAO).id);
    }

    private UUID assignedToSomeoneElse() {
        UUID paper = cropGeneticsPaper();
        String other = "expert-other-" + UUID.randomUUID();
        registerDirectly(other, "周教授", "复旦大学");
        return QuarkusTransaction.requiringNew().call(() -> reviews.assign(paper, other, "organiser").id);
    }

    private void register(String username, String name, String institution) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "name", name, "institution", institution, "region", "OTHER"))
                .when()
                .post("/api/conference/reviewers")
                .then()
                .statusCode(201);
    }

    private void registerDirectly(String username, String name, String institution) {
        QuarkusTransaction.requiringNew()
                .run(() -> reviews.register(
                        new RegisterReviewerRequest(username, name, null, institution, Region.OTHER), "organiser"));
    }

    private static Response assign(UUID paper, String reviewer) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("paperId", paper, "reviewer", reviewer))
                .when()
                .post("/api/conference/reviews/assignments");
    }

    private static Response review(UUID assignment, String recommendation) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "scores",
                        ReviewFixtures.scores(5, 5, 4, 4),
                        "recommendation",
                        recommendation,
                        "comments",
                        "原创性强，建议录用。"))
                .when()
                .post("/api/conference/reviews/assignments/" + assignment + "/review");
    }

    private static Response decide(UUID paper, String decision) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("decision", decision))
                .when()
                .post("/api/conference/reviews/papers/" + paper + "/decision");
    }
}
