package cn.chuanyu.training.audit;

import static cn.chuanyu.training.RequestJson.json;
import static cn.chuanyu.training.TrainingFixtures.ADMIN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.training.course.CourseMode;
import cn.chuanyu.training.course.CourseRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    private static final String ENTRIES = "/api/training/audit-entries";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    @TestSecurity(user = ADMIN, roles = "training-admin")
    void editingACourseRecordsWhoInWhichRequestAndExactlyTheChangedFieldsInChinese() {
        UUID course = course();
        String requestId = TrainingFixtures.unique("audit-edit");

        edit(course, "技术合同认定登记实务", "李晓梅", requestId).then().statusCode(200);

        JsonPath page = entries(Map.of("aggregateType", "Course", "aggregateId", course.toString()));
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(page.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(page.getString("items[0].actor")).isEqualTo(ADMIN);
        assertThat(page.getList("items[0].roles")).containsExactly("training-admin");
        assertThat(page.getString("items[0].requestId")).isEqualTo(requestId);
        assertThat(page.getString("items[0].traceparent")).isEqualTo(TRACEPARENT);
        assertThat(page.getString("items[0].aggregateType")).isEqualTo("Course");
        assertThat(page.getString("items[0].aggregateId")).isEqualTo(course.toString());
        assertThat(page.getList("items[0].changes", Map.class))
                .containsExactlyInAnyOrder(
                        change("title", "技术转移政策与法规解读", "技术合同认定登记实务"), change("instructorName", "王建国", "李晓梅"));

        // the creation (by the fixture, outside a request) lists its initial values
        assertThat(page.getString("items[1].action")).isEqualTo("CREATED");
        assertThat(page.getString("items[1].requestId")).isNull();
        List<Map<String, Object>> created = page.getList("items[1].changes");
        assertThat(created)
                .allSatisfy(change -> assertThat(change.get("before")).isNull());
        assertThat(created)
                .contains(
                        change("title", null, "技术转移政策与法规解读"),
                        change("instructorName", null, "王建国"),
                        change("mode", null, "OFFLINE"));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "training-admin")
    void aRefusedWriteLeavesNoEntry() {
        UUID course = course();
        long before = entries(Map.of("aggregateId", course.toString())).getLong("total");

        // a stale version: 409; dates after the programme's end: 400
        editRequest(
                        course,
                        new CourseRequest(
                                programmeOf(course),
                                "技术合同认定登记实务",
                                "王建国",
                                "科学技术部火炬高技术产业开发中心",
                                "wangjianguo",
                                CourseMode.OFFLINE,
                                TrainingFixtures.today(),
                                TrainingFixtures.today(),
                                new BigDecimal("6"),
                                99L))
                .then()
                .statusCode(409);
        editRequest(
                        course,
                        new CourseRequest(
                                programmeOf(course),
                                "技术合同认定登记实务",
                                "王建国",
                                "科学技术部火炬高技术产业开发中心",
                                "wangjianguo",
                                CourseMode.OFFLINE,
                                TrainingFixtures.today(),
                                TrainingFixtures.today().plusYears(1),
                                new BigDecimal("6"),
                                0L))
                .then()
                .statusCode(400);

        assertThat(entries(Map.of("aggregateId", course.toString())).getLong("total"))
                .isEqualTo(before);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "training-admin")
    void takingBackAnAttendanceIsADeletionWithTheValuesItHad() {
        var cohort = Cohort.taughtBy(TrainingFixtures.unique("instructor"));
        UUID enrolment = cohort.eligible(TrainingFixtures.unique("trainee"), "赵雪");

        given().when()
                .delete("/api/training/attendance/sessions/" + cohort.session() + "/" + enrolment)
                .then()
                .statusCode(204);

        JsonPath page = entries(Map.of("aggregateType", "Attendance", "actor", ADMIN));
        assertThat(page.getString("items[0].action")).isEqualTo("DELETED");
        List<Map<String, Object>> changes = page.getList("items[0].changes");
        assertThat(changes)
                .contains(change("enrolmentId", enrolment.toString(), null), change("status", "PRESENT", null));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "training-admin")
    void theDatabaseRefusesToAlterOrEraseTheTrail() {
        UUID course = course();
        edit(course, "技术合同认定登记实务", "李晓梅", TrainingFixtures.unique("audit"))
                .then()
                .statusCode(200);

        for (String sql : List.of(
                "update training_course_aud set title = '篡改' where id = '" + course + "'",
                "delete from training_course_aud where id = '" + course + "'",
                "update audit_revision set actor = 'someone-else'",
                "delete from audit_revision",
                "truncate training_course_aud")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .run(() -> TrainingFixtures.service(EntityManager.class)
                                    .createNativeQuery(sql)
                                    .executeUpdate()))
                    .as(sql)
                    .hasStackTraceContaining("the audit trail is immutable");
        }
        JsonPath page = entries(Map.of("aggregateId", course.toString()));
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(page.getString("items[0].changes.find { it.field == 'title' }.after"))
                .isEqualTo("技术合同认定登记实务");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "training-admin")
    void entriesAreFilteredByTypeRecordActorAndTimeAndPagedNewestFirst() {
        UUID course = course();
        Instant start = Instant.now();
        edit(course, "第一版", "甲", "r-1-" + course).then().statusCode(200);
        edit(course, "第二版", "乙", "r-2-" + course).then().statusCode(200);
        edit(course, "第三版", "丙", "r-3-" + course).then().statusCode(200);
        String id = course.toString();
        String since = start.toString();

        JsonPath first = entries(Map.of("aggregateId", id, "from", since, "size", 2));
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getList("items.requestId")).containsExactly("r-3-" + course, "r-2-" + course);
        JsonPath second = entries(Map.of("aggregateId", id, "from", since, "size", 2, "page", 1));
        assertThat(second.getList("items.requestId")).containsExactly("r-1-" + course);

        assertThat(entries(Map.of("aggregateId", id, "aggregateType", "Enrolment"))
                        .getLong("total"))
                .isZero();
        assertThat(entries(Map.of("aggregateId", id, "actor", "someone-else")).getLong("total"))
                .isZero();
        // the fixture created the course in this test's identity too
        assertThat(entries(Map.of("aggregateId", id, "actor", ADMIN)).getLong("total"))
                .isEqualTo(4);
        assertThat(entries(Map.of("aggregateId", id, "to", since)).getLong("total"))
                .isEqualTo(1);
        assertThat(entries(Map.of(
                                "aggregateId",
                                id,
                                "from",
                                Instant.now().plusSeconds(60).toString()))
                        .getList("items"))
                .isEmpty();
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "training-admin")
    void anUnknownTypeOrAMalformedOrReversedRangeIsAProblem() {
        given().queryParam("aggregateType", "Paper")
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-audit-filter"));
        given().queryParam("from", "2026-12-01")
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-audit-filter"));
        given().queryParam("from", "2026-12-02T00:00:00+08:00")
                .queryParam("to", "2026-12-01T00:00:00+08:00")
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-audit-filter"));
    }

    @Test
    @TestSecurity(user = "ops", roles = "platform-admin")
    void aPlatformAdministratorReadsTheTrail() {
        given().queryParam("size", 1).when().get(ENTRIES).then().statusCode(200).body("size", equalTo(1));
    }

    @Test
    @TestSecurity(user = "trainee-audit", roles = "trainee")
    void aTraineeCannotReadTheTrail() {
        given().when()
                .get(ENTRIES)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = "instructor-audit", roles = "instructor")
    void anInstructorCannotReadTheTrail() {
        given().when()
                .get(ENTRIES)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().when().get(ENTRIES).then().statusCode(401).body("items", nullValue());
    }

    /** A change as the JSON reads: before and after present, null where there is no value. */
    private static Map<String, Object> change(String field, Object before, Object after) {
        var change = new HashMap<String, Object>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    private static UUID course() {
        UUID programme = TrainingFixtures.programme(30);
        return TrainingFixtures.course(programme, "wangjianguo");
    }

    private static UUID programmeOf(UUID course) {
        return UUID.fromString(given().when()
                .get("/api/training/courses/" + course)
                .then()
                .statusCode(200)
                .extract()
                .path("programmeId"));
    }

    /** The course with a new title and instructor name, sending the version read, in the named request. */
    private static Response edit(UUID course, String title, String instructorName, String requestId) {
        var current = given().when()
                .get("/api/training/courses/" + course)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        var request = new CourseRequest(
                UUID.fromString(current.getString("programmeId")),
                title,
                instructorName,
                current.getString("instructorAffiliation"),
                current.getString("instructorAccount"),
                CourseMode.valueOf(current.getString("mode")),
                LocalDate.parse(current.getString("startsOn")),
                LocalDate.parse(current.getString("endsOn")),
                new BigDecimal(current.getString("hours")),
                current.getLong("version"));
        return given().header("X-Request-Id", requestId)
                .header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON)
                .body(json(request))
                .when()
                .put("/api/training/courses/" + course);
    }

    private static Response editRequest(UUID course, CourseRequest request) {
        return given().contentType(ContentType.JSON).body(json(request)).when().put("/api/training/courses/" + course);
    }

    private static JsonPath entries(Map<String, ?> query) {
        return given().queryParams(query)
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }
}
