package cn.chuanyu.conference.manuscript;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.RegisterReviewerRequest;
import cn.chuanyu.conference.review.Reviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the object store unreachable, uploads and downloads answer 503 with Retry-After, and nothing is recorded. */
@QuarkusTest
@TestProfile(S3StoreDown.class)
class ManuscriptStoreDownTest {

    @Inject
    Papers papers;

    @Inject
    Reviews reviews;

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void anUploadIsRefusedAsUnavailableAndNoVersionIsRecorded() throws Exception {
        UUID paper = paper();
        given().contentType("application/pdf")
                .header("Accept-Language", "zh-CN")
                .body(ManuscriptTest.pdf(1))
                .when()
                .post("/api/conference/papers/" + paper + "/manuscripts")
                .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/service-unavailable"))
                .body("detail", containsString("稿件存储暂时无法访问"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Manuscript.count("paperId", paper)))
                .isZero();
    }

    @Test
    @TestSecurity(user = "expert-store-down", roles = "reviewer")
    void theReviewersDownloadIsUnavailableToo() {
        UUID paper = paper();
        QuarkusTransaction.requiringNew().run(() -> {
            var upload = new StoredFile(Path.of("unused.pdf"), 1, "0".repeat(64));
            UUID id = UUID.randomUUID();
            Manuscript.record(
                            id,
                            paper,
                            1,
                            upload,
                            1,
                            Manuscript.keyPrefix(paper) + id + ".pdf",
                            PaperFixtures.GUO_CHAO,
                            Instant.now())
                    .persist();
        });
        UUID assignment = QuarkusTransaction.requiringNew().call(() -> {
            if (ExpertReviewer.findById("expert-store-down") == null) {
                reviews.register(
                        new RegisterReviewerRequest("expert-store-down", "稿件专家", null, "清华大学", Region.OTHER),
                        "organiser");
            }
            return reviews.assign(paper, "expert-store-down", "organiser").id;
        });

        given().header("Accept-Language", "en")
                .when()
                .get("/api/conference/reviews/assignments/" + assignment + "/manuscript")
                .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("type", equalTo("https://chuanyu.cn/problems/service-unavailable"))
                .body("detail", containsString("manuscripts' store cannot be reached"));
    }

    private UUID paper() {
        UUID conference = ConferenceFixtures.withOpenCall();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
    }
}
