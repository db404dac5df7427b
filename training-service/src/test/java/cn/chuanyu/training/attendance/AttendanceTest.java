package cn.chuanyu.training.attendance;

import static cn.chuanyu.training.RequestJson.json;
import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.course.SessionRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest {

    private static final String ATTENDANCE = "/api/training/attendance";

    @Test
    @TestSecurity(user = "att-teacher", roles = "instructor")
    void theInstructorRecordsOnlineAndOfflineAttendanceAndTheRateCountsTheProgrammesSessionsHeld() {
        UUID programme = TrainingFixtures.programme(10);
        UUID mine = TrainingFixtures.course(programme, "att-teacher");
        UUID other = TrainingFixtures.course(programme, "another-teacher");
        UUID first = TrainingFixtures.session(mine, today().minusDays(3));
        UUID second = TrainingFixtures.session(mine, today().minusDays(2));
        UUID third = TrainingFixtures.session(other, today().minusDays(1));
        TrainingFixtures.session(mine, today().plusDays(5)); // not held yet: not counted
        UUID trainee = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "张三");
        UUID classmate = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "李四");

        record(
                        first,
                        Map.of("enrolmentId", trainee, "mode", "OFFLINE"),
                        Map.of("enrolmentId", classmate, "mode", "OFFLINE"))
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("recordedBy", contains("att-teacher", "att-teacher"));
        record(second, Map.of("enrolmentId", trainee, "mode", "ONLINE")).then().statusCode(200);
        TrainingFixtures.attended(third, classmate);

        given().when()
                .get(ATTENDANCE + "/enrolments/" + trainee)
                .then()
                .statusCode(200)
                .body("traineeName", equalTo("张三"))
                .body("sessionsHeld", equalTo(3))
                .body("attended", equalTo(2))
                .body("online", equalTo(1))
                .body("offline", equalTo(1))
                .body("rate", equalTo(0.6667f))
                .body("records.courseTitle", contains("技术转移政策与法规解读", "技术转移政策与法规解读"));
    }

    @Test
    @TestSecurity(user = "att-teacher2", roles = "instructor")
    void recordingAgainUpdatesTheStatusModeAndNoteAndRecordsCanBeTakenBack() {
        UUID programme = TrainingFixtures.programme(10);
        UUID session =
                TrainingFixtures.session(TrainingFixtures.course(programme, "att-teacher2"), today().minusDays(1));
        UUID trainee = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "王五");

        record(session, Map.of("enrolmentId", trainee, "status", "EXCUSED", "note", "  病假，已提交请假条 "))
                .then()
                .statusCode(200)
                .body("note", contains("病假，已提交请假条"));
        // the correction replaces the note too: none left
        record(session, Map.of("enrolmentId", trainee, "mode", "ONLINE"))
                .then()
                .statusCode(200)
                .body("status", contains("PRESENT"))
                .body("mode", contains("ONLINE"))
                .body("note", contains((Object) null));
        given().when()
                .delete(ATTENDANCE + "/sessions/" + session + "/" + trainee)
                .then()
                .statusCode(204);
        given().when()
                .get(ATTENDANCE + "/sessions/" + session)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("total", equalTo(0));
        given().when()
                .delete(ATTENDANCE + "/sessions/" + session + "/" + trainee)
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "att-teacher3", roles = "instructor")
    void anInstructorCannotRecordForAnotherInstructorsCourse() {
        UUID programme = TrainingFixtures.programme(10);
        UUID theirs =
                TrainingFixtures.session(TrainingFixtures.course(programme, "someone-else"), today().minusDays(1));
        UUID trainee = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "赵六");

        record(theirs, Map.of("enrolmentId", trainee, "mode", "OFFLINE"))
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        given().when().get(ATTENDANCE + "/sessions/" + theirs).then().statusCode(403);
        assertNoAttendance(theirs);
    }

    @Test
    @TestSecurity(user = "att-teacher4", roles = "instructor")
    void aListWithAnyoneNotEnrolledOrANotYetStartedSessionIsRefusedWhole() {
        UUID programme = TrainingFixtures.programme(1);
        UUID course = TrainingFixtures.course(programme, "att-teacher4");
        UUID session = TrainingFixtures.session(course, today().minusDays(1));
        UUID enrolled = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "孙七");
        UUID waiting = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "周八");
        UUID elsewhere = TrainingFixtures.enrol(TrainingFixtures.programme(5), TrainingFixtures.unique("att"), "吴九");

        record(
                        session,
                        Map.of("enrolmentId", enrolled, "mode", "OFFLINE"),
                        Map.of("enrolmentId", waiting, "mode", "OFFLINE"),
                        Map.of("enrolmentId", elsewhere, "mode", "ONLINE"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/not-enrolled"))
                .body("detail", containsString(waiting.toString()))
                .body("detail", containsString(elsewhere.toString()));
        record(
                        session,
                        Map.of("enrolmentId", enrolled, "mode", "OFFLINE"),
                        Map.of("enrolmentId", enrolled, "mode", "ONLINE"))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/duplicate-attendee"));
        given().contentType(ContentType.JSON)
                .body(Map.of("attendees", List.of(Map.of("enrolmentId", enrolled))))
                .when()
                .post(ATTENDANCE + "/sessions/" + session)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-attendance-mode"));
        assertNoAttendance(session);

        UUID future = TrainingFixtures.session(course, today().plusDays(3));
        record(future, Map.of("enrolmentId", enrolled, "mode", "OFFLINE"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/session-not-started"));
    }

    @Test
    @TestSecurity(user = "att-teacher5", roles = "instructor")
    void aSessionWithAttendanceIsNeitherRemovedNorMoved() {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, "att-teacher5");
        UUID session = TrainingFixtures.session(course, today().minusDays(1));
        UUID trainee = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "郑十");
        TrainingFixtures.attended(session, trainee);
        String sessionPath = "/api/training/courses/" + course + "/sessions/" + session;

        given().contentType(ContentType.JSON)
                .body(json(TrainingFixtures.morning(today().plusDays(1), 0L)))
                .when()
                .put(sessionPath)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/attendance-recorded"));
        var sameTimeNewRoom = new SessionRequest(
                TrainingFixtures.morning(today().minusDays(1), 0L).startsAt(),
                TrainingFixtures.morning(today().minusDays(1), 0L).endsAt(),
                "《促进科技成果转化法》要点",
                "二号教室",
                0L);
        given().contentType(ContentType.JSON)
                .body(json(sameTimeNewRoom))
                .when()
                .put(sessionPath)
                .then()
                .statusCode(200)
                .body("location", equalTo("二号教室"));

        given().when()
                .delete("/api/training/courses/" + course + "/sessions/" + session)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/attendance-recorded"));
        given().when()
                .delete(ATTENDANCE + "/sessions/" + session + "/" + trainee)
                .then()
                .statusCode(204);
        given().when()
                .delete("/api/training/courses/" + course + "/sessions/" + session)
                .then()
                .statusCode(204);
    }

    @Test
    @TestSecurity(user = "att-trainee", roles = "trainee")
    void aTraineeSeesOnlyTheirOwnAttendanceAndRecordsNone() {
        UUID programme = TrainingFixtures.programme(10);
        UUID session = TrainingFixtures.session(TrainingFixtures.course(programme, "t"), today().minusDays(1));
        UUID mine = TrainingFixtures.enrol(programme, "att-trainee", "陈一");
        UUID theirs = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "陈二");
        TrainingFixtures.attended(session, mine, theirs);

        given().when()
                .get(ATTENDANCE + "/enrolments/" + mine)
                .then()
                .statusCode(200)
                .body("rate", equalTo(1.0f))
                .body("records", hasSize(1));
        given().when().get(ATTENDANCE + "/enrolments/" + theirs).then().statusCode(404);
        given().when().get(ATTENDANCE + "/sessions/" + session).then().statusCode(403);
        record(session, Map.of("enrolmentId", mine, "mode", "ONLINE")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "att-teacher6", roles = "instructor")
    void aTraineeWhoCanNoLongerReachTheExamMinimumIsAnnouncedOnceNamingTheCoursesInstructor() throws Exception {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, "att-teacher6");
        UUID first = TrainingFixtures.session(course, today().minusDays(3));
        UUID second = TrainingFixtures.session(course, today().minusDays(2));
        UUID third = TrainingFixtures.session(course, today().minusDays(1));
        TrainingFixtures.session(course, today().plusDays(2));
        TrainingFixtures.session(course, today().plusDays(3));
        UUID absent = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "钱七");
        UUID present = TrainingFixtures.enrol(programme, TrainingFixtures.unique("att"), "孙八");

        try (var topic = TopicRecorder.of(AttendanceEvents.TOPIC)) {
            // one of five missed: 4/5 = 0.8 can still be reached
            record(first, Map.of("enrolmentId", present, "mode", "OFFLINE"))
                    .then()
                    .statusCode(200);
            assertThat(announcements(absent)).isZero();
            // two missed: at best 3/5 = 0.6 < 0.8
            record(second, Map.of("enrolmentId", present, "mode", "ONLINE"))
                    .then()
                    .statusCode(200);
            var event = topic.awaitEventAbout(absent.toString(), AttendanceEvents.MINIMUM_UNREACHABLE);
            Contracts.assertConforms(event);
            assertThat(event.data())
                    .contains("\"name\":\"钱七\"")
                    .contains("\"instructor\":\"att-teacher6\"")
                    .contains("\"courseTitle\":\"技术转移政策与法规解读\"")
                    .contains("\"sessionsTotal\":5")
                    .contains("\"sessionsMissed\":2")
                    .contains("\"bestAchievableRate\":0.6")
                    .contains("\"minimumRate\":0.8");
        }
        // a third miss, and the first session recorded again: no second announcement, and none for the one present
        record(third, Map.of("enrolmentId", present, "mode", "OFFLINE")).then().statusCode(200);
        record(first, Map.of("enrolmentId", present, "mode", "ONLINE")).then().statusCode(200);
        assertThat(announcements(absent)).isEqualTo(1);
        assertThat(announcements(present)).isZero();
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

    @SafeVarargs
    private static Response record(UUID session, Map<String, Object>... attendees) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("attendees", List.of(attendees)))
                .when()
                .post(ATTENDANCE + "/sessions/" + session);
    }

    private static void assertNoAttendance(UUID session) {
        long count = QuarkusTransaction.requiringNew().call(() -> Attendance.count("sessionId", session));
        assertThat(count).isZero();
    }
}
