package cn.chuanyu.conference.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConflictDeclarationTest {

    @Inject
    Reviews reviews;

    @Inject
    Papers papers;

    @Test
    @TestSecurity(user = "organiser", roles = "organiser")
    void anInstitutionTypedWithOtherSpacingWidthOrPunctuationIsStillAConflict() {
        UUID paper = cropGeneticsPaper();
        String expert = expert("西南 大学。");

        given().contentType(ContentType.JSON)
                .body(Map.of("paperId", paper, "reviewer", expert))
                .when()
                .post("/api/conference/reviews/assignments")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/conflict-of-interest"))
                .body("detail", containsString("贺俊"));
        assertThat(assignments(paper)).isZero();
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void aConflictTheSubmitterDeclaresKeepsTheExpertFromThePaper() {
        UUID paper = cropGeneticsPaper();
        String expert = expert("北京大学");

        declare(paper, expert)
                .then()
                .statusCode(201)
                .body("declaredBy", equalTo(PaperFixtures.GUO_CHAO))
                .body("reviewer", equalTo(expert));
        declare(paper, expert)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/conflict-already-declared"));
        declare(paper, "nobody-" + UUID.randomUUID()).then().statusCode(404);

        assertThatThrownBy(() -> assign(paper, expert))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem(Locale.ENGLISH).detail()).contains("declared conflict of interest"));
        assertThat(assignments(paper)).isZero();
    }

    @Test
    @TestSecurity(
            user = "fancong",
            roles = {"researcher", "reviewer"})
    void nobodyButTheSubmitterOrTheExpertMayDeclareAConflict() {
        UUID paper = cropGeneticsPaper();
        String expert = expert("北京大学");
        declare(paper, expert).then().statusCode(403).body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        declare(UUID.randomUUID(), expert).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "expert-self", roles = "reviewer")
    void anExpertDeclaresAConflictWithAPaperAndWithAnInstitution() {
        UUID paper = cropGeneticsPaper();
        QuarkusTransaction.requiringNew().run(() -> {
            if (ExpertReviewer.findById("expert-self") == null) {
                reviews.register(
                        new RegisterReviewerRequest("expert-self", "自声明专家", null, "北京大学", Region.OTHER), "organiser");
            }
        });
        declare(paper, "expert-self").then().statusCode(201).body("declaredBy", equalTo("expert-self"));

        String declaring = expert("复旦大学");
        QuarkusTransaction.requiringNew()
                .run(() -> reviews.declareProfile(declaring, List.of(), List.of("四川大学 玉米研究所。")));
        assertThatThrownBy(() -> assign(cropGeneticsPaper(), declaring))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem(Locale.ENGLISH).detail())
                                .contains("declared a conflict of interest with 四川大学玉米研究所"));
    }

    private Response declare(UUID paper, String reviewer) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("paperId", paper, "reviewer", reviewer))
                .when()
                .post("/api/conference/declared-conflicts");
    }

    private void assign(UUID paper, String expert) {
        QuarkusTransaction.requiringNew().run(() -> reviews.assign(paper, expert, "organiser"));
    }

    private long assignments(UUID paper) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewAssignment.count("paperId", paper));
    }

    private String expert(String institution) {
        String username = "expert-coi-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> reviews.register(
                        new RegisterReviewerRequest(username, "冲突专家", null, institution, Region.OTHER), "organiser"));
        return username;
    }

    private UUID cropGeneticsPaper() {
        UUID conference = ConferenceFixtures.withOpenCall();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
    }
}
