package cn.chuanyu.training.attendance;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.course.CourseMode;
import cn.chuanyu.training.course.CourseRequest;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
class CheckInTest {

    private static final String ATTENDANCE = "/api/training/attendance";

    @Inject
    CheckIns checkIns;

    @Inject
    TrainingClock clock;

    @Test
    @TestSecurity(user = "ci-trainee", roles = "trainee")
    void anEnrolledTraineeChecksInWithTheCodeShownPresentWithinTheGraceAndLateAfterIt() {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, "ci-teacher");
        UUID onTime = running(course, Duration.ofMinutes(5));
        UUID late = running(course, Duration.ofMinutes(30));
        UUID enrolment = TrainingFixtures.enrol(programme, "ci-trainee", "王小明");

        checkIn(onTime, Map.of("code", codeOf(onTime, "ci-teacher")))
                .then()
                .statusCode(201)
                .header("Location", endsWith(ATTENDANCE + "/enrolments/" + enrolment))
                .body("status", equalTo("PRESENT"))
                .body("mode", equalTo("OFFLINE"))
                .body("recordedBy", equalTo("ci-trainee"));
        checkIn(onTime, Map.of("code", codeOf(onTime, "ci-teacher")))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-checked-in"));
        checkIn(late, Map.of("code", codeOf(late, "ci-teacher")))
                .then()
                .statusCode(201)
                .body("status", equalTo("LATE"));

        given().when()
                .get(ATTENDANCE + "/enrolments/" + enrolment)
                .then()
                .statusCode(200)
                .body("attended", equalTo(2))
                .body("late", equalTo(1))
                .body("records.status", contains("LATE", "PRESENT"));
    }

    @Test
    @TestSecurity(user = "ci-trainee2", roles = "trainee")
    void aWrongCodeNoCodeOrTwoCredentialsAreProblemsAndRecordNothing() {
        UUID programme = TrainingFixtures.programme(10);
        UUID session = running(TrainingFixtures.course(programme, "ci-teacher2"), Duration.ofMinutes(1));
        TrainingFixtures.enrol(programme, "ci-trainee2", "李小红");
        String code = codeOf(session, "ci-teacher2");
        String wrong = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);

        checkIn(session, Map.of("code", wrong))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-check-in-code"))
                .body("title", equalTo("签到码无效"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("code", wrong))
                .when()
                .post(ATTENDANCE + "/sessions/" + session + "/check-ins")
                .then()
                .statusCode(422)
                .body("detail", containsString("wrong or has expired"));
        checkIn(session, Map.of())
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/check-in-credential"));
        checkIn(session, Map.of("code", code, "joinToken", "x"))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/check-in-credential"));
        checkIn(session, Map.of("code", "12ab56")).then().statusCode(400);
        checkIn(session, Map.of("joinToken", "not-an-online-session"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-check-in-code"));
        assertThat(recordsOf(session)).isZero();
    }

    @Test
    @TestSecurity(user = "ci-trainee3", roles = "trainee")
    void onlyEnrolledTraineesCheckInAndOnlyWhileCheckInIsOpen() {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, "ci-teacher3");
        UUID now = running(course, Duration.ofMinutes(1));
        Instant later = clock.now().plus(Duration.ofHours(2));
        UUID notYet = TrainingFixtures.session(course, later, later.plus(Duration.ofHours(1)));
        UUID notShown = running(course, Duration.ofMinutes(2));

        checkIn(now, Map.of("code", codeOf(now, "ci-teacher3")))
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
        checkIn(UUID.randomUUID(), Map.of("code", "123456")).then().statusCode(404);

        TrainingFixtures.enrol(programme, "ci-trainee3", "赵小刚");
        checkIn(notYet, Map.of("code", codeOf(notYet, "ci-teacher3")))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/check-in-closed"));
        checkIn(notShown, Map.of("code", "123456"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/check-in-closed"));
        assertThat(recordsOf(now) + recordsOf(notYet) + recordsOf(notShown)).isZero();
        checkIn(now, Map.of("code", codeOf(now, "ci-teacher3"))).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "ci-trainee4", roles = "trainee")
    void atAnOnlineSessionTheJoinTokenChecksInOnline() {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = QuarkusTransaction.requiringNew()
                .call(() -> TrainingFixtures.service(Courses.class)
                        .create(
                                new CourseRequest(
                                        programme,
                                        "技术经纪人职业道德（线上）",
                                        "李明",
                                        "上海技术交易所",
                                        "ci-teacher4",
                                        CourseMode.ONLINE,
                                        today().minusDays(10),
                                        today().plusDays(20),
                                        new BigDecimal("3"),
                                        null),
                                TrainingFixtures.ADMIN)
                        .id);
        UUID session = running(course, Duration.ofMinutes(3));
        TrainingFixtures.enrol(programme, "ci-trainee4", "孙小美");
        CheckInCode shown = checkIns.code(session, Caller.instructor("ci-teacher4"));
        assertThat(shown.joinToken()).hasSize(43);

        checkIn(session, Map.of("joinToken", shown.joinToken()))
                .then()
                .statusCode(201)
                .body("status", equalTo("PRESENT"))
                .body("mode", equalTo("ONLINE"));
    }

    @Test
    @TestSecurity(user = "ci-teacher5", roles = "instructor")
    void theInstructorShowsAChangingCodeAndSeesWhoCheckedInAnotherInstructorSeesNeither() {
        UUID programme = TrainingFixtures.programme(10);
        UUID session = running(TrainingFixtures.course(programme, "ci-teacher5"), Duration.ofMinutes(1));
        UUID theirs = running(TrainingFixtures.course(programme, "ci-teacher5b"), Duration.ofMinutes(1));
        UUID first = TrainingFixtures.enrol(programme, "ci-first", "周一");
        UUID second = TrainingFixtures.enrol(programme, "ci-second", "吴二");

        var shown = given().when()
                .get(ATTENDANCE + "/sessions/" + session + "/check-in-code")
                .then()
                .statusCode(200)
                .body("code", matchesPattern("\\d{6}"))
                .body("stepSeconds", equalTo(30))
                .body("joinToken", nullValue())
                .body("closedAt", nullValue())
                .extract()
                .jsonPath();
        assertThat(shown.getString("qrPayload"))
                .isEqualTo("http://127.0.0.1:8080/training/check-in?session=" + session + "&code="
                        + shown.getString("code"));
        assertThat(Instant.parse(shown.getString("validUntil")))
                .isAfter(clock.now().minusSeconds(1))
                .isBeforeOrEqualTo(clock.now().plusSeconds(30));
        QuarkusTransaction.requiringNew()
                .run(() -> checkIns.checkIn(
                        session, new CheckInRequest(shown.getString("code"), null), Caller.trainee("ci-first")));

        given().when()
                .get(ATTENDANCE + "/sessions/" + session + "/check-ins")
                .then()
                .statusCode(200)
                .body("enrolled", equalTo(2))
                .body("recorded.enrolmentId", contains(first.toString()))
                .body("recorded.status", contains("PRESENT"))
                .body("notYet.traineeName", contains("吴二"))
                .body("notYet.enrolmentId", contains(second.toString()));
        given().when()
                .get(ATTENDANCE + "/sessions/" + theirs + "/check-in-code")
                .then()
                .statusCode(403);
        given().when()
                .get(ATTENDANCE + "/sessions/" + theirs + "/check-ins")
                .then()
                .statusCode(403);
        given().when()
                .get(ATTENDANCE + "/sessions/" + UUID.randomUUID() + "/check-in-code")
                .then()
                .statusCode(404);
        checkIn(session, Map.of("code", shown.getString("code"))).then().statusCode(403);
    }

    @Test
    void whenCheckInClosesThoseNotCheckedInAreAbsentAndWhoCannotReachTheMinimumIsAnnounced() throws Exception {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, "ci-teacher6");
        Instant now = clock.now();
        // two sessions in all: missing the ended one leaves at best 1/2 < 0.8
        UUID ended = TrainingFixtures.session(course, now.minus(Duration.ofMinutes(5)), now.plusSeconds(5));
        TrainingFixtures.session(
                course,
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1).plusHours(2)));
        UUID missing = TrainingFixtures.enrol(programme, TrainingFixtures.unique("ci"), "郑缺席");
        String present = TrainingFixtures.unique("ci");
        UUID attended = TrainingFixtures.enrol(programme, present, "王出勤");

        try (var topic = TopicRecorder.of(AttendanceEvents.TOPIC)) {
            String code = codeOf(ended, "ci-teacher6");
            QuarkusTransaction.requiringNew()
                    .run(() -> checkIns.checkIn(ended, new CheckInRequest(code, null), Caller.trainee(present)));
            var event = topic.awaitEventAbout(missing.toString(), AttendanceEvents.MINIMUM_UNREACHABLE);
            Contracts.assertConforms(event);
            assertThat(event.data())
                    .contains("\"name\":\"郑缺席\"")
                    .contains("\"sessionsTotal\":2")
                    .contains("\"sessionsMissed\":1")
                    .contains("\"bestAchievableRate\":0.5");
        }
        List<Attendance> records = QuarkusTransaction.requiringNew()
                .call(() -> Attendance.<Attendance>list("sessionId = ?1 order by trainee", ended));
        assertThat(records)
                .extracting(a -> a.enrolmentId, a -> a.status, a -> a.recordedBy)
                .containsExactlyInAnyOrder(
                        tuple(missing, AttendanceStatus.ABSENT, "check-in"),
                        tuple(attended, AttendanceStatus.PRESENT, present));
        assertThat(announcements(attended)).isZero();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> SessionCheckIn.<SessionCheckIn>findById(ended).closedAt))
                .isNotNull();
        // the scheduled closing is in the audit trail, by no caller
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> TrainingFixtures.service(EntityManager.class)
                                .createNativeQuery("""
                                select r.actor from attendance_aud a join audit_revision r on r.id = a.rev
                                where a.session_id = ?1 and a.enrolment_id = ?2 and a.revtype = 0""")
                                .setParameter(1, ended)
                                .setParameter(2, missing)
                                .getResultList()))
                .containsExactly("system");
    }

    @Test
    @TestSecurity(user = "ci-teacher7", roles = "instructor")
    void lateAndExcusedWeighHalfAndAbsentNothingInTheRate() {
        UUID programme = TrainingFixtures.programme(10);
        UUID course = TrainingFixtures.course(programme, "ci-teacher7");
        UUID trainee = TrainingFixtures.enrol(programme, TrainingFixtures.unique("ci"), "钱加权");
        List<UUID> sessions = List.of(
                TrainingFixtures.session(course, today().minusDays(4)),
                TrainingFixtures.session(course, today().minusDays(3)),
                TrainingFixtures.session(course, today().minusDays(2)),
                TrainingFixtures.session(course, today().minusDays(1)));
        record(sessions.get(0), Map.of("enrolmentId", trainee, "status", "LATE", "mode", "ONLINE"))
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("LATE"));
        record(sessions.get(1), Map.of("enrolmentId", trainee, "status", "EXCUSED"))
                .then()
                .statusCode(200)
                .body("[0].mode", nullValue());
        record(sessions.get(2), Map.of("enrolmentId", trainee, "mode", "OFFLINE"))
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("PRESENT"));
        record(sessions.get(3), Map.of("enrolmentId", trainee, "status", "ABSENT"))
                .then()
                .statusCode(200);

        given().when()
                .get(ATTENDANCE + "/enrolments/" + trainee)
                .then()
                .statusCode(200)
                .body("sessionsHeld", equalTo(4))
                .body("attended", equalTo(2))
                .body("late", equalTo(1))
                .body("excused", equalTo(1))
                .body("rate", equalTo(0.5f));

        record(sessions.get(3), Map.of("enrolmentId", trainee, "status", "EXCUSED", "mode", "OFFLINE"))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-attendance-mode"));
        record(sessions.get(3), Map.of("enrolmentId", trainee, "status", "LATE"))
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-attendance-mode"));
        given().when().get(ATTENDANCE + "/enrolments/" + trainee).then().body("rate", equalTo(0.5f));
    }

    @Test
    void theSameTraineeCheckingInTwiceAtOnceGetsOneRecord() throws Exception {
        UUID programme = TrainingFixtures.programme(10);
        UUID session = running(TrainingFixtures.course(programme, "ci-teacher8"), Duration.ofMinutes(1));
        String trainee = TrainingFixtures.unique("ci");
        TrainingFixtures.enrol(programme, trainee, "冯同时");
        String code = codeOf(session, "ci-teacher8");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            Callable<String> checkIn = () -> {
                try {
                    return QuarkusTransaction.requiringNew()
                            .call(() -> checkIns.checkIn(
                                            session, new CheckInRequest(code, null), Caller.trainee(trainee))
                                    .status
                                    .name());
                } catch (ProblemException e) {
                    return e.problem().type().getPath();
                }
            };
            for (Future<String> outcome : pool.invokeAll(List.of(checkIn, checkIn))) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("PRESENT", "/problems/already-checked-in");
        assertThat(recordsOf(session)).isEqualTo(1);
    }

    /** A session of the course that started {@code ago} and runs for another hour. */
    private UUID running(UUID course, Duration ago) {
        Instant now = clock.now();
        return TrainingFixtures.session(course, now.minus(ago), now.plus(Duration.ofHours(1)));
    }

    private String codeOf(UUID session, String instructor) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        checkIns.code(session, Caller.instructor(instructor)).code());
    }

    private static Response checkIn(UUID session, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ATTENDANCE + "/sessions/" + session + "/check-ins");
    }

    @SafeVarargs
    private static Response record(UUID session, Map<String, Object>... attendees) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("attendees", List.of(attendees)))
                .when()
                .post(ATTENDANCE + "/sessions/" + session);
    }

    private static long recordsOf(UUID session) {
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
