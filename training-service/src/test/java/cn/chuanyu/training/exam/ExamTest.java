package cn.chuanyu.training.exam;

import static cn.chuanyu.training.RequestJson.json;
import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExamTest {

    private static final String EXAMS = "/api/training/exams";

    @Test
    @TestSecurity(user = "exam-teacher", roles = "instructor")
    void anInstructorOfTheProgrammeRecordsAPassWhichIsAnnounced() throws Exception {
        Cohort cohort = Cohort.taughtBy("exam-teacher");
        UUID enrolment = cohort.eligible(TrainingFixtures.unique("exam"), "张三");
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());

        try (var topic = TopicRecorder.of(ExamEvents.TOPIC)) {
            score(sitting, enrolment, 86.5)
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith("/api/training/enrolments/" + enrolment + "/exam-standing"))
                    .body("passed", equalTo(true))
                    .body("attempt", equalTo(1))
                    .body("recordedBy", equalTo("exam-teacher"));
            var event = topic.awaitEventAbout(enrolment.toString(), ExamEvents.PASSED);
            Contracts.assertConforms(event);
            assertThat(event.data()).contains("\"name\":\"张三\"").contains("\"score\":86.5");
        }
        given().when()
                .get("/api/training/enrolments/" + enrolment + "/exam-standing")
                .then()
                .statusCode(200)
                .body("passed", equalTo(true))
                .body("eligible", equalTo(false))
                .body("attemptsUsed", equalTo(1))
                .body("attendanceRate", equalTo(1.0f))
                .body("results.score", contains(86.5f));
        given().when()
                .get(EXAMS + "/" + sitting + "/scores")
                .then()
                .statusCode(200)
                .body("items.enrolmentId", contains(enrolment.toString()))
                .body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aFailedTraineeRetakesOnceAndThenNoMore() throws Exception {
        Cohort cohort = Cohort.taughtBy("exam-teacher2");
        UUID failsTwice = cohort.eligible(TrainingFixtures.unique("exam"), "李四");
        UUID passesRetake = cohort.eligible(TrainingFixtures.unique("exam"), "王五");
        UUID first = TrainingFixtures.sitting(cohort.programme(), today());
        UUID retake = TrainingFixtures.sitting(cohort.programme(), today());
        UUID third = TrainingFixtures.sitting(cohort.programme(), today());

        try (var topic = TopicRecorder.of(ExamEvents.TOPIC)) {
            score(first, failsTwice, 45).then().statusCode(201).body("passed", equalTo(false));
            var failed = topic.awaitEventAbout(failsTwice.toString(), ExamEvents.FAILED);
            Contracts.assertConforms(failed);
            assertThat(failed.data()).contains("\"retakesLeft\":1");
        }
        score(retake, failsTwice, 59.5)
                .then()
                .statusCode(201)
                .body("passed", equalTo(false))
                .body("attempt", equalTo(2));
        score(third, failsTwice, 90)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/retakes-exhausted"));

        score(first, passesRetake, 50).then().statusCode(201);
        score(first, passesRetake, 70)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-scored"));
        score(retake, passesRetake, 60).then().statusCode(201).body("passed", equalTo(true));
        score(third, passesRetake, 99)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-passed"));
        given().when()
                .get("/api/training/enrolments/" + failsTwice + "/exam-standing")
                .then()
                .body("attemptsUsed", equalTo(2))
                .body("attemptsAllowed", equalTo(2))
                .body("eligible", equalTo(false));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aTraineeBelowTheMinimumAttendanceRateCannotSit() {
        Cohort cohort = Cohort.taughtBy("exam-teacher3");
        UUID enrolment = cohort.eligible(TrainingFixtures.unique("exam"), "赵六");
        TrainingFixtures.session(cohort.course(), today().minusDays(2)); // held, missed: 1 of 2 attended
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());

        score(sitting, enrolment, 95)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/not-eligible"))
                .body("detail", containsString("0.5000"))
                .body("detail", containsString("0.8"));
        given().when()
                .get("/api/training/enrolments/" + enrolment + "/exam-standing")
                .then()
                .body("eligible", equalTo(false))
                .body("attendanceRate", equalTo(0.5f))
                .body("attemptsUsed", equalTo(0));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void invalidScoresSittingsNotHeldAndStrangersAreRefusedAndNothingIsRecorded() {
        Cohort cohort = Cohort.taughtBy("exam-teacher4");
        UUID enrolment = cohort.eligible(TrainingFixtures.unique("exam"), "孙七");
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());
        UUID later = TrainingFixtures.sitting(cohort.programme(), today().plusDays(3));
        UUID stranger = TrainingFixtures.enrol(TrainingFixtures.programme(5), TrainingFixtures.unique("exam"), "周八");

        score(sitting, enrolment, 100.5).then().statusCode(400).body("errors.field", contains("score"));
        given().contentType(ContentType.JSON)
                .body(Map.of("score", 80))
                .when()
                .post(EXAMS + "/" + sitting + "/scores")
                .then()
                .statusCode(400)
                .body("errors.field", contains("enrolmentId"));
        score(later, enrolment, 80)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/sitting-not-held"));
        score(sitting, stranger, 80)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/not-enrolled"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ExamResult.count("programmeId", cohort.programme())))
                .isZero();

        given().contentType(ContentType.JSON)
                .body(json(new SittingRequest(cohort.programme(), "结业考试", today().minusDays(60), new BigDecimal("60"))))
                .when()
                .post(EXAMS)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeId",
                        cohort.programme(),
                        "title",
                        "结业考试",
                        "heldOn",
                        today().toString(),
                        "passMark",
                        120))
                .when()
                .post(EXAMS)
                .then()
                .statusCode(400)
                .body("errors.field", contains("passMark"));
        given().queryParam("programmeId", cohort.programme())
                .when()
                .get(EXAMS)
                .then()
                .body("items.size()", equalTo(2))
                .body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "exam-outsider", roles = "instructor")
    void anInstructorWhoDoesNotTeachInTheProgrammeRecordsNoScore() {
        Cohort cohort = Cohort.taughtBy("exam-teacher5");
        UUID enrolment = cohort.eligible(TrainingFixtures.unique("exam"), "吴九");
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());

        score(sitting, enrolment, 80)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().when().get(EXAMS + "/" + sitting + "/scores").then().statusCode(403);
        given().when()
                .get("/api/training/enrolments/" + enrolment + "/exam-standing")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "exam-trainee", roles = "trainee")
    void aTraineeSeesOnlyTheirOwnScoresAndRecordsNone() {
        Cohort cohort = Cohort.taughtBy("exam-teacher6");
        UUID mine = cohort.eligible("exam-trainee", "郑十");
        UUID theirs = cohort.eligible(TrainingFixtures.unique("exam"), "陈一");
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());
        TrainingFixtures.scored(sitting, mine, "72");
        TrainingFixtures.scored(sitting, theirs, "91");

        given().when()
                .get("/api/training/enrolments/" + mine + "/exam-standing")
                .then()
                .statusCode(200)
                .body("results.score", contains(72.0f))
                .body("passed", equalTo(true));
        given().when()
                .get("/api/training/enrolments/" + theirs + "/exam-standing")
                .then()
                .statusCode(404);
        given().when().get(EXAMS + "/" + sitting + "/scores").then().statusCode(403);
        score(sitting, mine, 100).then().statusCode(403);
    }

    private static Response score(UUID sitting, UUID enrolment, double score) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("enrolmentId", enrolment, "score", score))
                .when()
                .post(EXAMS + "/" + sitting + "/scores");
    }
}
