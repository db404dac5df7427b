package cn.chuanyu.conference.award;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.conference.review.DecisionRequest;
import cn.chuanyu.conference.review.Recommendation;
import cn.chuanyu.conference.review.RegisterReviewerRequest;
import cn.chuanyu.conference.review.ReviewFixtures;
import cn.chuanyu.conference.review.ReviewRequest;
import cn.chuanyu.conference.review.Reviews;
import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AwardTest {

    @Inject
    Papers papers;

    @Inject
    Reviews reviews;

    @Inject
    Awards awards;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void organiserGrantsTheSpecialPrizeWithinItsQuotaAndTheAwardIsAnnounced() throws Exception {
        UUID conference = ConferenceFixtures.withOpenCall();
        UUID paper = acceptedPaper(conference);
        given().contentType(ContentType.JSON)
                .body(Map.of("SPECIAL", 1, "FIRST", 3))
                .when()
                .put("/api/conference/awards/" + conference + "/quotas")
                .then()
                .statusCode(200)
                .body("SPECIAL", equalTo(1));

        try (var topic = TopicRecorder.of(PaperEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("paperId", paper, "grade", "SPECIAL", "citation", "原创性成果的充分肯定"))
                    .when()
                    .post("/api/conference/awards/" + conference + "/grants")
                    .then()
                    .statusCode(201)
                    .body("grade", equalTo("SPECIAL"))
                    .body("authors.name", contains("郭超", "贺俊"));
            EventSchemas.assertConforms(topic.awaitEventAbout(paper.toString(), AwardEvents.AWARDED));
        }
        given().when()
                .post("/api/conference/awards/" + conference + "/announcement")
                .then()
                .statusCode(200)
                .body("announced", equalTo(true))
                .body("awards[0].citation", equalTo("原创性成果的充分肯定"));
    }

    @Test
    void theAwardListIsPublicOnlyOnceAnnouncedAndEachAwardIsAnnounced() throws Exception {
        UUID conference = ConferenceFixtures.withOpenCall();
        UUID paper = acceptedPaper(conference);
        UUID special = acceptedPaper(conference);
        QuarkusTransaction.requiringNew().run(() -> {
            awards.setQuotas(conference, Map.of(AwardGrade.FIRST, 1, AwardGrade.SPECIAL, 1));
            awards.grant(conference, paper, AwardGrade.FIRST, null, "organiser");
            awards.grant(conference, special, AwardGrade.SPECIAL, null, "organiser");
        });
        given().when()
                .get("/api/conference/awards/" + conference)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/awards-not-announced"));

        try (var topic = TopicRecorder.of(PaperEvents.TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> awards.announce(conference, "organiser"));
            for (UUID awarded : List.of(paper, special)) {
                PublishedEvent announced = topic.awaitEventAbout(awarded.toString(), AwardEvents.ANNOUNCED);
                EventSchemas.assertConforms(announced);
                assertThat(announced.data()).contains("\"submittedBy\":\"" + PaperFixtures.GUO_CHAO + "\"");
            }
            // announcing again announces nothing more; a later grant is announced at once
            UUID late = acceptedPaper(conference);
            QuarkusTransaction.requiringNew().run(() -> {
                awards.announce(conference, "organiser");
                awards.setQuotas(conference, Map.of(AwardGrade.FIRST, 1, AwardGrade.SPECIAL, 1, AwardGrade.THIRD, 1));
                awards.grant(conference, late, AwardGrade.THIRD, null, "organiser");
            });
            EventSchemas.assertConforms(topic.awaitEventAbout(late.toString(), AwardEvents.ANNOUNCED));
            assertThat(topic.matching(e -> AwardEvents.ANNOUNCED.equals(e.type())
                            && List.of(paper.toString(), special.toString(), late.toString())
                                    .contains(e.key())))
                    .hasSize(3);
        }
        given().when()
                .get("/api/conference/awards/" + conference)
                .then()
                .statusCode(200)
                .body("awards.grade", contains("SPECIAL", "FIRST", "THIRD"))
                .body("awards[1].title", equalTo("玉米株型调控基因的遗传解析"))
                .body("awards[1].authors.institution", contains("四川大学玉米研究所", "西南大学"));
    }

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void aGrantBeyondTheQuotaOrForAPaperNotAcceptedIsRefused() {
        UUID conference = ConferenceFixtures.withOpenCall();
        UUID first = acceptedPaper(conference);
        UUID second = acceptedPaper(conference);
        UUID submittedOnly = QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
        QuarkusTransaction.requiringNew().run(() -> awards.setQuotas(conference, Map.of(AwardGrade.FIRST, 1)));

        grant(conference, first, "FIRST").then().statusCode(201);
        grant(conference, second, "FIRST")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/award-quota-exhausted"));
        grant(conference, submittedOnly, "SECOND")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/paper-not-accepted"));
        given().contentType(ContentType.JSON)
                .body(Map.of("FIRST", 0))
                .when()
                .put("/api/conference/awards/" + conference + "/quotas")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/quota-below-granted"));
        assertThat(awards.of(conference)).hasSize(1);
    }

    @Test
    void concurrentGrantsCannotExceedTheQuota() throws Exception {
        UUID conference = ConferenceFixtures.withOpenCall();
        List<UUID> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accepted.add(acceptedPaper(conference));
        }
        QuarkusTransaction.requiringNew().run(() -> awards.setQuotas(conference, Map.of(AwardGrade.THIRD, 2)));

        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Boolean>> grants = accepted.stream()
                    .<Callable<Boolean>>map(paper -> () -> {
                        try {
                            QuarkusTransaction.requiringNew()
                                    .run(() -> awards.grant(conference, paper, AwardGrade.THIRD, null, "organiser"));
                            return true;
                        } catch (RuntimeException refused) {
                            return false;
                        }
                    })
                    .toList();
            long granted = 0;
            for (Future<Boolean> result : pool.invokeAll(grants)) {
                granted += result.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(awards.of(conference)).hasSize(2);
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void researchersCannotGrantAwards() {
        grant(UUID.randomUUID(), UUID.randomUUID(), "FIRST").then().statusCode(403);
    }

    private static Response grant(UUID conference, UUID paper, String grade) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("paperId", paper, "grade", grade))
                .when()
                .post("/api/conference/awards/" + conference + "/grants");
    }

    /** Submitted, reviewed by a fresh expert and accepted, through the application services. */
    private UUID acceptedPaper(UUID conference) {
        String expert = "expert-award-" + UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID paper = papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id;
            reviews.register(new RegisterReviewerRequest(expert, "评审专家", null, "武汉大学", Region.OTHER), "organiser");
            UUID assignment = reviews.assign(paper, expert, "organiser").id;
            reviews.submitReview(
                    assignment,
                    new ReviewRequest(ReviewFixtures.scores(5, 5, 5, 5), Recommendation.ACCEPT, "优秀"),
                    expert);
            reviews.decide(paper, new DecisionRequest(DecisionRequest.Decision.ACCEPT, null), "organiser");
            return paper;
        });
    }
}
