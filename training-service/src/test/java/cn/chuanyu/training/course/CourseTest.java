package cn.chuanyu.training.course;

import static cn.chuanyu.training.RequestJson.json;
import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.programme.TeachingMode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourseTest {

    private static final String COURSES = "/api/training/courses";

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void adminAddsACourseWhichReadsBackInChineseAndHidesTheInstructorAccountFromThePublic() {
        UUID programme = TrainingFixtures.programme(170);
        var request = new CourseRequest(
                programme,
                "技术合同认定登记实务",
                "李红",
                "重庆技术评估与转移服务中心",
                "lihong",
                CourseMode.ONLINE,
                today(),
                today().plusDays(1),
                new BigDecimal("4.5"),
                null);

        var created = given().contentType(ContentType.JSON)
                .body(json(request))
                .when()
                .post(COURSES)
                .then()
                .statusCode(201)
                .body("instructorAccount", equalTo("lihong"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(COURSES + "/" + id);

        given().when()
                .get(COURSES + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("技术合同认定登记实务"))
                .body("instructorName", equalTo("李红"))
                .body("instructorAffiliation", equalTo("重庆技术评估与转移服务中心"))
                .body("mode", equalTo("ONLINE"))
                .body("hours", equalTo(4.5f))
                .body("instructorAccount", equalTo("lihong"));
    }

    @Test
    void anonymousCallersReadCoursesWithoutTheInstructorAccountButCannotAddOne() {
        UUID programme = TrainingFixtures.programme(50);
        UUID course = TrainingFixtures.course(programme, "wangjianguo");

        given().when()
                .get(COURSES + "/" + course)
                .then()
                .statusCode(200)
                .body("instructorName", equalTo("王建国"))
                .body("instructorAccount", nullValue());
        given().queryParam("programmeId", programme)
                .when()
                .get(COURSES)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(course.toString()));
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.course(programme, "x", today(), today())))
                .when()
                .post(COURSES)
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "some-trainee", roles = "trainee")
    void aTraineeCannotAddACourse() {
        UUID programme = TrainingFixtures.programme(50);
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.course(programme, "x", today(), today())))
                .when()
                .post(COURSES)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        assertThat(coursesOf(programme)).isZero();
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void invalidCoursesAreRefusedAndNothingIsStored() {
        UUID programme = TrainingFixtures.programme(50, TeachingMode.ONLINE, today(), today().plusDays(5));

        given().contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "title", " ", "hours", 0))
                .when()
                .post(COURSES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body(
                        "errors.field",
                        hasItems("title", "instructorName", "instructorAccount", "mode", "startsOn", "hours"));
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.course(programme, "x", today(), today().plusDays(6))))
                .when()
                .post(COURSES)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"));
        // the fixture course is OFFLINE; this programme is taught online only
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.course(programme, "x", today(), today())))
                .when()
                .post(COURSES)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/mode-not-offered"));
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.course(UUID.randomUUID(), "x", today(), today())))
                .when()
                .post(COURSES)
                .then()
                .statusCode(404);
        assertThat(coursesOf(programme)).isZero();
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void editsNeedTheVersionReadAndCannotStrandSessions() {
        UUID programme = TrainingFixtures.programme(50);
        UUID course = TrainingFixtures.course(programme, "wangjianguo");
        TrainingFixtures.session(course, today().plusDays(3));
        var edit = new CourseRequest(
                programme,
                "技术转移政策与法规（修订）",
                "王建国",
                "科学技术部",
                "wangjianguo",
                CourseMode.OFFLINE,
                today(),
                today().plusDays(5),
                new BigDecimal("8"),
                0L);

        var withoutVersion = new CourseRequest(
                programme,
                "没有版本号的修改",
                edit.instructorName(),
                edit.instructorAffiliation(),
                edit.instructorAccount(),
                edit.mode(),
                edit.startsOn(),
                edit.endsOn(),
                edit.hours(),
                null);
        given().contentType(ContentType.JSON)
                .body(json(withoutVersion))
                .when()
                .put(COURSES + "/" + course)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/version-required"));
        given().contentType(ContentType.JSON)
                .body(json(edit))
                .when()
                .put(COURSES + "/" + course)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("title", equalTo("技术转移政策与法规（修订）"));
        given().contentType(ContentType.JSON)
                .body(json(edit))
                .when()
                .put(COURSES + "/" + course)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/concurrent-modification"));
        var shrunk = new CourseRequest(
                programme,
                edit.title(),
                edit.instructorName(),
                edit.instructorAffiliation(),
                edit.instructorAccount(),
                edit.mode(),
                today(),
                today().plusDays(1),
                edit.hours(),
                1L);
        given().contentType(ContentType.JSON)
                .body(json(shrunk))
                .when()
                .put(COURSES + "/" + course)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/sessions-outside-course"));
        given().when()
                .get(COURSES + "/" + course)
                .then()
                .body("endsOn", equalTo(today().plusDays(5).toString()))
                .body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "wangjianguo", roles = "instructor")
    void anInstructorManagesTheSessionsOfTheirOwnCourseOnly() {
        UUID programme = TrainingFixtures.programme(50);
        UUID mine = TrainingFixtures.course(programme, "wangjianguo");
        UUID theirs = TrainingFixtures.course(programme, "lihong");

        String session = given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.morning(today(), null)))
                .when()
                .post(COURSES + "/" + mine + "/sessions")
                .then()
                .statusCode(201)
                .body("topic", equalTo("《促进科技成果转化法》要点"))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.morning(today().plusDays(1), 0L)))
                .when()
                .put(COURSES + "/" + mine + "/sessions/" + session)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));

        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.morning(today(), null)))
                .when()
                .post(COURSES + "/" + theirs + "/sessions")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        UUID theirSession = TrainingFixtures.session(theirs, today());
        given().when()
                .delete(COURSES + "/" + theirs + "/sessions/" + theirSession)
                .then()
                .statusCode(403);
        given().when()
                .get(COURSES + "/" + theirs + "/sessions")
                .then()
                .body("items.id", contains(theirSession.toString()));

        given().queryParam("mine", true)
                .queryParam("programmeId", programme)
                .when()
                .get(COURSES)
                .then()
                .body("items.id", contains(mine.toString()));
        given().when()
                .delete(COURSES + "/" + mine + "/sessions/" + session)
                .then()
                .statusCode(204);
        given().when().get(COURSES + "/" + mine + "/sessions").then().body("items.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "wangjianguo", roles = "instructor")
    void aSessionOutsideTheCourseDaysIsRefused() {
        UUID programme = TrainingFixtures.programme(50);
        UUID mine = TrainingFixtures.course(programme, "wangjianguo");
        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.morning(today().plusDays(40), null)))
                .when()
                .post(COURSES + "/" + mine + "/sessions")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-session-time"));
        given().when().get(COURSES + "/" + mine + "/sessions").then().body("items.size()", equalTo(0));
    }

    private static long coursesOf(UUID programme) {
        return given().queryParam("programmeId", programme)
                .when()
                .get(COURSES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
