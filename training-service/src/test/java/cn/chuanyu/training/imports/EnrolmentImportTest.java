package cn.chuanyu.training.imports;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.enrolment.EnrolmentEvents;
import cn.chuanyu.training.programme.TeachingMode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Historical enrolments: a dry run through the capacity and one-enrolment rules, then an import of all or nothing. */
@QuarkusTest
class EnrolmentImportTest {

    private static final String IMPORT = "/api/training/imports/enrolments";
    private static final String IN_2020 = "2020-12-01T02:00:00Z";

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aDryRunReportsEachRowsProblemAndImportsNothingThenAClearImportEnrolsAnEndedProgrammesCohort()
            throws Exception {
        UUID programme =
                TrainingFixtures.programme(1, TeachingMode.BLENDED, today().minusDays(60), today().minusDays(30));
        String zhang = TrainingFixtures.unique("imp");
        String li = TrainingFixtures.unique("imp");
        String wang = TrainingFixtures.unique("imp");
        Map<String, Object> zhangEnrolled = row(zhang, "张三", "重庆大学科技成果转化中心", "ENROLLED", IN_2020);

        given().contentType(ContentType.JSON)
                .body(request(
                        programme,
                        null,
                        List.of(
                                zhangEnrolled,
                                row(li, "李四", null, "ENROLLED", IN_2020),
                                row(wang, "王五", null, "WAITLISTED", IN_2020))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows", equalTo(3))
                .body("problems.row", contains(2))
                .body("problems.type", contains("capacity-differs"));
        given().contentType(ContentType.JSON)
                .body(request(programme, true, List.of(zhangEnrolled, row(li, "李四", null, "ENROLLED", IN_2020))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems.row", contains(2))
                .body("problems.type", contains("capacity-differs"));
        places(programme).body("enrolled", equalTo(0)).body("waitlisted", equalTo(0));

        try (var topic = TopicRecorder.of(EnrolmentEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(request(programme, true, List.of(zhangEnrolled, row(wang, "王五", "", "WAITLISTED", IN_2020))))
                    .when()
                    .post(IMPORT)
                    .then()
                    .statusCode(200)
                    .body("applied", equalTo(true))
                    .body("problems", equalTo(List.of()));
            String enrolment = given().queryParam("programmeId", programme)
                    .queryParam("status", "ENROLLED")
                    .when()
                    .get("/api/training/enrolments")
                    .then()
                    .statusCode(200)
                    .body("items.traineeName", contains("张三"))
                    .body("items.organisation", contains("重庆大学科技成果转化中心"))
                    .extract()
                    .path("items[0].id");
            Contracts.assertConforms(topic.awaitEventAbout(enrolment, EnrolmentEvents.ENROLLED));
        }
        places(programme).body("enrolled", equalTo(1)).body("waitlisted", equalTo(1));

        List<Map<String, Object>> again = List.of(zhangEnrolled, row(li, "李四", null, "ENROLLED", IN_2020));
        given().contentType(ContentType.JSON)
                .body(request(programme, false, again))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("problems.row", contains(1, 2))
                .body("problems.type", contains("already-enrolled", "capacity-differs"))
                .body("problems[1].detail", equalTo("按培训班名额和报名先后，该报名应为 WAITLISTED，而不是 ENROLLED"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(request(programme, true, again))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems[1].detail", startsWith("By the programme's capacity"));
        places(programme).body("enrolled", equalTo(1)).body("waitlisted", equalTo(1));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void rowsBreakingTheDocumentedSchemaAre400ForTheWholeRequestAndImportNothing() {
        UUID programme =
                TrainingFixtures.programme(5, TeachingMode.BLENDED, today().minusDays(60), today().minusDays(30));
        List<Map<String, Object>> rows = List.of(
                row(TrainingFixtures.unique("imp"), "张三", "重庆大学科技成果转化中心", "ENROLLED", IN_2020),
                row(TrainingFixtures.unique("imp"), "李四", "渝".repeat(201), "ENROLLED", IN_2020),
                row(
                        TrainingFixtures.unique("imp"),
                        " ",
                        null,
                        "ENROLLED",
                        Instant.now().plusSeconds(86_400).toString()));
        for (Boolean apply : new Boolean[] {false, true}) {
            given().contentType(ContentType.JSON)
                    .body(request(programme, apply, rows))
                    .when()
                    .post(IMPORT)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                    .body("errors.field", contains("rows[1].organisation", "rows[2].enrolledAt", "rows[2].name"));
        }
        places(programme).body("enrolled", equalTo(0)).body("waitlisted", equalTo(0));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void noSuchProgrammeIs404AndNoRowsIs400() {
        given().contentType(ContentType.JSON)
                .body(request(UUID.randomUUID(), false, List.of(row("imp-x", "张三", null, "ENROLLED", IN_2020))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(request(TrainingFixtures.programme(5), false, List.of()))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/validation"));
    }

    @Test
    @TestSecurity(user = "imp-enrol-teacher", roles = "instructor")
    void instructorsImportNoEnrolmentsEvenInProgrammesTheyTeachIn() {
        UUID programme = TrainingFixtures.programme(5);
        TrainingFixtures.course(programme, "imp-enrol-teacher");
        given().contentType(ContentType.JSON)
                .body(request(programme, false, List.of(row("imp-y", "张三", null, "ENROLLED", IN_2020))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "imp-trainee", roles = "trainee")
    void traineesImportNothing() {
        given().contentType(ContentType.JSON)
                .body(request(UUID.randomUUID(), false, List.of(row("imp-trainee", "张三", null, "ENROLLED", IN_2020))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> row(
            String trainee, String name, String organisation, String status, String enrolledAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("trainee", trainee);
        row.put("name", name);
        row.put("organisation", organisation);
        row.put("status", status);
        row.put("enrolledAt", enrolledAt);
        return row;
    }

    private static Map<String, Object> request(UUID programme, Boolean apply, List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programme.toString());
        if (apply != null) {
            body.put("apply", apply);
        }
        body.put("rows", rows);
        return body;
    }

    private static ValidatableResponse places(UUID programme) {
        return given().when()
                .get("/api/training/programmes/" + programme + "/places")
                .then()
                .statusCode(200);
    }
}
