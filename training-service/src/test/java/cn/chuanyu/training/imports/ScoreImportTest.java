package cn.chuanyu.training.imports;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.training.exam.ExamEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Historical scores: a dry run that says what each row would meet, then an import of all or nothing. */
@QuarkusTest
class ScoreImportTest {

    private static final String IMPORT = "/api/training/imports/exam-scores";

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aDryRunReportsEachRowsProblemAndImportsNothingThenAClearImportRecordsAndAnnouncesEveryScore()
            throws Exception {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("imp-teacher"));
        UUID zhang = cohort.eligible(TrainingFixtures.unique("imp"), "张三");
        UUID li = cohort.eligible(TrainingFixtures.unique("imp"), "李四");
        UUID absent = TrainingFixtures.enrol(cohort.programme(), TrainingFixtures.unique("imp"), "王五");
        UUID stranger = UUID.randomUUID();
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());

        List<Map<String, Object>> rows = List.of(row(zhang, 86.5), row(absent, 70), row(stranger, 60), row(li, 59.5));
        given().contentType(ContentType.JSON)
                .body(request(sitting, null, rows))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows", equalTo(4))
                .body("problems.row", contains(2, 3))
                .body("problems.type", contains("not-eligible", "not-enrolled"))
                .body("problems[1].detail", equalTo("报名记录 " + stranger + " 不是本考试场次所属培训班的在册学员"));
        given().contentType(ContentType.JSON)
                .body(request(sitting, true, rows))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems.row", contains(2, 3));
        scores(sitting).body("total", equalTo(0));

        // a score over 100 breaks the documented schema: the whole request is refused, not the row
        for (Boolean apply : new Boolean[] {false, true}) {
            given().contentType(ContentType.JSON)
                    .body(request(sitting, apply, List.of(row(zhang, 86.5), row(li, 101))))
                    .when()
                    .post(IMPORT)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                    .body("errors.field", contains("rows[1].score"));
        }
        scores(sitting).body("total", equalTo(0));

        try (var topic = TopicRecorder.of(ExamEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(request(sitting, true, List.of(row(zhang, 86.5), row(li, 59.5))))
                    .when()
                    .post(IMPORT)
                    .then()
                    .statusCode(200)
                    .body("applied", equalTo(true))
                    .body("problems", equalTo(List.of()));
            Contracts.assertConforms(topic.awaitEventAbout(zhang.toString(), ExamEvents.PASSED));
            Contracts.assertConforms(topic.awaitEventAbout(li.toString(), ExamEvents.FAILED));
        }
        scores(sitting)
                .body("total", equalTo(2))
                .body("items.enrolmentId", containsInAnyOrder(zhang.toString(), li.toString()));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aDryRunChecksEachRowAfterTheRowsBeforeItSoRowsThatClashImportNothing() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("imp-teacher"));
        UUID sun = cohort.eligible(TrainingFixtures.unique("imp"), "孙七");
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());
        List<Map<String, Object>> twice = List.of(row(sun, 50), row(sun, 90));

        given().contentType(ContentType.JSON)
                .body(request(sitting, false, twice))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("problems.row", contains(2));
        given().contentType(ContentType.JSON)
                .body(request(sitting, true, twice))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems.row", contains(2));
        scores(sitting).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "imp-own-teacher", roles = "instructor")
    void instructorsImportOnlyForSittingsOfProgrammesTheyTeachIn() {
        Cohort mine = Cohort.taughtBy("imp-own-teacher");
        UUID trainee = mine.eligible(TrainingFixtures.unique("imp"), "赵六");
        UUID mySitting = TrainingFixtures.sitting(mine.programme(), today());
        Cohort theirs = Cohort.taughtBy(TrainingFixtures.unique("imp-teacher"));
        UUID theirSitting = TrainingFixtures.sitting(theirs.programme(), today());

        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(request(mySitting, false, List.of(row(trainee, 88), row(UUID.randomUUID(), 70))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("problems.type", contains("not-enrolled"))
                .body("problems[0].detail", startsWith("Enrolment "));
        given().contentType(ContentType.JSON)
                .body(request(theirSitting, false, List.of(row(trainee, 88))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().contentType(ContentType.JSON)
                .body(request(UUID.randomUUID(), false, List.of(row(trainee, 88))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(request(mySitting, false, List.of()))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/validation"));
        scores(mySitting).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "imp-trainee", roles = "trainee")
    void traineesImportNothing() {
        given().contentType(ContentType.JSON)
                .body(request(UUID.randomUUID(), false, List.of(row(UUID.randomUUID(), 88))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> row(UUID enrolment, double score) {
        return Map.of("enrolmentId", enrolment.toString(), "score", score);
    }

    private static Map<String, Object> request(UUID sitting, Boolean apply, List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sittingId", sitting.toString());
        if (apply != null) {
            body.put("apply", apply);
        }
        body.put("rows", rows);
        return body;
    }

    private static ValidatableResponse scores(UUID sitting) {
        return given().when()
                .get("/api/training/exams/" + sitting + "/scores")
                .then()
                .statusCode(200);
    }
}
