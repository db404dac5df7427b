package cn.chuanyu.training.imports;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.attendance.Attendance;
import cn.chuanyu.training.attendance.AttendanceEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Historical attendance: a dry run through the rules of recording attendance, then an import of all or nothing. */
@QuarkusTest
class AttendanceImportTest {

    private static final String IMPORT = "/api/training/imports/attendance";
    private static final String EXCUSED_NOTE = "病假，已提交请假条（附医院证明）";

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aDryRunReportsEachRowsProblemAndImportsNothingThenAClearImportRecordsAndAnnouncesOnceAllRowsAreIn()
            throws Exception {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, TrainingFixtures.unique("imp-att-teacher"));
        UUID otherCourse = TrainingFixtures.course(programme, TrainingFixtures.unique("imp-att-teacher"));
        UUID first = TrainingFixtures.session(course, today().minusDays(3));
        UUID second = TrainingFixtures.session(course, today().minusDays(2));
        UUID future = TrainingFixtures.session(course, today().plusDays(2));
        TrainingFixtures.session(course, today().plusDays(3));
        UUID elsewhere = TrainingFixtures.session(otherCourse, today().minusDays(1));
        // the session's records list by account: 张三's first
        String zhang = TrainingFixtures.unique("imp-att-a");
        String li = TrainingFixtures.unique("imp-att-b");
        UUID zhangEnrolment = TrainingFixtures.enrol(programme, zhang, "张三");
        UUID liEnrolment = TrainingFixtures.enrol(programme, li, "李四");
        UUID wangEnrolment = TrainingFixtures.enrol(programme, TrainingFixtures.unique("imp-att"), "王五");
        String stranger = TrainingFixtures.unique("imp-att");

        List<Map<String, Object>> mixed = List.of(
                row(first, zhang, "PRESENT", "OFFLINE", null),
                row(first, li, "EXCUSED", null, EXCUSED_NOTE),
                row(first, stranger, "PRESENT", "OFFLINE", null),
                row(first, zhang, "LATE", "ONLINE", null),
                row(elsewhere, li, "PRESENT", "OFFLINE", null),
                row(future, zhang, "PRESENT", "OFFLINE", null),
                row(second, li, "ABSENT", "ONLINE", null),
                row(second, zhang, "PRESENT", "ONLINE", null));
        given().contentType(ContentType.JSON)
                .body(request(course, null, mixed))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows", equalTo(8))
                .body("problems.row", contains(3, 4, 5, 6, 7))
                .body(
                        "problems.type",
                        contains(
                                "not-enrolled",
                                "already-recorded",
                                "not-found",
                                "session-not-started",
                                "invalid-attendance-mode"))
                .body("problems[0].detail", equalTo(stranger + " 不是课次所属培训班的在册学员"))
                .body("problems[1].detail", startsWith(zhang + " 在课次 " + first + " 已有考勤记录（PRESENT）"));
        given().contentType(ContentType.JSON)
                .body(request(course, true, mixed))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems.row", contains(3, 4, 5, 6, 7));
        assertThat(records(first) + records(second)).isZero();
        assertThat(announcements(wangEnrolment)).isZero();

        // 王五 has no record at either session: 2 of 5 missed, at best 0.6 < 0.8. 李四 excused and late loses 0.5 + 0.5:
        // at best 0.8, reachable; announced after the second row (both sessions recorded, 李四 at neither yet), they
        // would be announced falsely
        List<Map<String, Object>> clear = List.of(
                row(first, zhang, "PRESENT", "OFFLINE", null),
                row(second, zhang, "PRESENT", "ONLINE", null),
                row(first, li, "EXCUSED", null, EXCUSED_NOTE),
                row(second, li, "LATE", "OFFLINE", " "));
        try (var topic = TopicRecorder.of(AttendanceEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(request(course, true, clear))
                    .when()
                    .post(IMPORT)
                    .then()
                    .statusCode(200)
                    .body("applied", equalTo(true))
                    .body("rows", equalTo(4))
                    .body("problems", equalTo(List.of()));
            var event = topic.awaitEventAbout(wangEnrolment.toString(), AttendanceEvents.MINIMUM_UNREACHABLE);
            Contracts.assertConforms(event);
            assertThat(event.data()).contains("\"name\":\"王五\"").contains("\"sessionsMissed\":2");
        }
        assertThat(announcements(wangEnrolment)).isEqualTo(1);
        assertThat(announcements(liEnrolment)).isZero();
        assertThat(announcements(zhangEnrolment)).isZero();
        given().when()
                .get("/api/training/attendance/sessions/" + first)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.enrolmentId", contains(zhangEnrolment.toString(), liEnrolment.toString()))
                .body("items.status", contains("PRESENT", "EXCUSED"))
                .body("items.note", contains(null, EXCUSED_NOTE))
                .body("items.recordedBy", contains(TrainingFixtures.ADMIN, TrainingFixtures.ADMIN));
        given().when()
                .get("/api/training/attendance/enrolments/" + liEnrolment)
                .then()
                .statusCode(200)
                .body("records.status", contains("EXCUSED", "LATE"))
                .body("rate", equalTo(0.3333f)); // excused 0.5 + late 0.5, of 3 sessions held

        // imported twice: every row meets its record, nothing overwritten
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(request(course, true, List.of(row(first, li, "PRESENT", "OFFLINE", null))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems.type", contains("already-recorded"))
                .body("problems[0].detail", startsWith(li + " is already recorded at session " + first));
        given().when()
                .get("/api/training/attendance/sessions/" + first)
                .then()
                .body("items.status", contains("PRESENT", "EXCUSED"));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void rowsBreakingTheDocumentedSchemaAre400ForTheWholeRequestAndImportNothing() {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, TrainingFixtures.unique("imp-att-teacher"));
        UUID session = TrainingFixtures.session(course, today().minusDays(1));
        String zhang = TrainingFixtures.unique("imp-att");
        TrainingFixtures.enrol(programme, zhang, "张三");
        List<Map<String, Object>> rows = List.of(
                row(session, zhang, "EXCUSED", null, "假".repeat(501)),
                row(session, zhang, null, "OFFLINE", null),
                row(session, " ", "PRESENT", "OFFLINE", null));
        for (Boolean apply : new Boolean[] {false, true}) {
            given().contentType(ContentType.JSON)
                    .body(request(course, apply, rows))
                    .when()
                    .post(IMPORT)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                    .body("errors.field", contains("rows[0].note", "rows[1].status", "rows[2].trainee"));
        }
        given().contentType(ContentType.JSON)
                .body(request(course, true, List.of()))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("rows"));
        assertThat(records(session)).isZero();
    }

    @Test
    @TestSecurity(user = "imp-att-own", roles = "instructor")
    void instructorsImportOnlyForTheirOwnCourses() {
        UUID programme = TrainingFixtures.programme(10);
        UUID mine = TrainingFixtures.course(programme, "imp-att-own");
        UUID theirs = TrainingFixtures.course(programme, TrainingFixtures.unique("imp-att-teacher"));
        UUID mySession = TrainingFixtures.session(mine, today().minusDays(1));
        UUID theirSession = TrainingFixtures.session(theirs, today().minusDays(1));
        String zhao = TrainingFixtures.unique("imp-att");
        UUID zhaoEnrolment = TrainingFixtures.enrol(programme, zhao, "赵六");

        given().contentType(ContentType.JSON)
                .body(request(theirs, true, List.of(row(theirSession, zhao, "PRESENT", "OFFLINE", null))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        // their session inside my course's import is no session of my course
        given().contentType(ContentType.JSON)
                .body(request(mine, true, List.of(row(theirSession, zhao, "PRESENT", "OFFLINE", null))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("problems.type", contains("not-found"));
        given().contentType(ContentType.JSON)
                .body(request(UUID.randomUUID(), false, List.of(row(mySession, zhao, "PRESENT", "OFFLINE", null))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(404);
        assertThat(records(theirSession)).isZero();

        given().contentType(ContentType.JSON)
                .body(request(mine, true, List.of(row(mySession, zhao, "PRESENT", "ONLINE", null))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("applied", equalTo(true));
        given().when()
                .get("/api/training/attendance/sessions/" + mySession)
                .then()
                .statusCode(200)
                .body("items.enrolmentId", contains(zhaoEnrolment.toString()))
                .body("items.mode", contains("ONLINE"))
                .body("items.recordedBy", contains("imp-att-own"));
    }

    @Test
    @TestSecurity(user = "imp-att-trainee", roles = "trainee")
    void traineesImportNothing() {
        given().contentType(ContentType.JSON)
                .body(request(
                        UUID.randomUUID(),
                        false,
                        List.of(row(UUID.randomUUID(), "imp-att-trainee", "PRESENT", "OFFLINE", null))))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> row(UUID session, String trainee, String status, String mode, String note) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sessionId", session.toString());
        row.put("trainee", trainee);
        row.put("status", status);
        row.put("mode", mode);
        row.put("note", note);
        return row;
    }

    private static Map<String, Object> request(UUID course, Boolean apply, List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("courseId", course.toString());
        if (apply != null) {
            body.put("apply", apply);
        }
        body.put("rows", rows);
        return body;
    }

    private static long records(UUID session) {
        return QuarkusTransaction.requiringNew().call(() -> Attendance.count("sessionId", session));
    }

    private static long announcements(UUID enrolment) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Attendance.getEntityManager()
                                .createNativeQuery(
                                        "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                                .setParameter(1, enrolment.toString())
                                .setParameter(2, AttendanceEvents.MINIMUM_UNREACHABLE)
                                .getSingleResult())
                        .longValue());
    }
}
