package cn.chuanyu.training.enrolment;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.Contracts;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.programme.TeachingMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
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
class EnrolmentTest {

    private static final String ENROLMENTS = "/api/training/enrolments";

    @Inject
    Enrolments enrolments;

    @Test
    @TestSecurity(user = "zhangsan", roles = "trainee")
    void aTraineeEnrolsThemselfAndTheEnrolmentIsAnnounced() throws Exception {
        UUID programme = TrainingFixtures.programme(170);
        try (var topic = TopicRecorder.of(EnrolmentEvents.TOPIC)) {
            var created = given().contentType(ContentType.JSON)
                    .body(new EnrolRequest(programme, "张三", "重庆大学科技成果转化中心"))
                    .when()
                    .post(ENROLMENTS)
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("ENROLLED"))
                    .body("trainee", equalTo("zhangsan"))
                    .body("waitingPosition", nullValue())
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith(ENROLMENTS + "/" + id);
            var event = topic.awaitEventAbout(id, EnrolmentEvents.ENROLLED);
            Contracts.assertConforms(event);
            assertThat(event.data())
                    .contains("\"name\":\"张三\"")
                    .contains("\"fromWaitingList\":false")
                    .contains("\"programmeName\":\"成渝地区双城经济圈初级技术经纪人培训班-");

            given().when()
                    .get(ENROLMENTS + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("traineeName", equalTo("张三"))
                    .body("organisation", equalTo("重庆大学科技成果转化中心"));
        }
        given().when()
                .get("/api/training/programmes/" + programme + "/places")
                .then()
                .statusCode(200)
                .body("capacity", equalTo(170))
                .body("enrolled", equalTo(1))
                .body("available", equalTo(169));
    }

    @Test
    @TestSecurity(user = "lisi", roles = "trainee")
    void enrollingTwiceAnEndedProgrammeOrInvalidInputIsRefusedAndChangesNothing() {
        UUID programme = TrainingFixtures.programme(5);
        enrol(programme, "李四").then().statusCode(201);
        enrol(programme, "李四")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/already-enrolled"));
        given().contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "name", " "))
                .when()
                .post(ENROLMENTS)
                .then()
                .statusCode(400)
                .body("errors.field", contains("name"));
        given().when()
                .get("/api/training/programmes/" + programme + "/places")
                .then()
                .body("enrolled", equalTo(1))
                .body("waitlisted", equalTo(0));

        UUID ended = TrainingFixtures.programme(5, TeachingMode.BLENDED, today().minusDays(30), today().minusDays(1));
        enrol(ended, "李四").then().statusCode(409).body("type", equalTo("https://chuanyu.cn/problems/programme-ended"));
        given().when()
                .get("/api/training/programmes/" + ended + "/places")
                .then()
                .body("enrolled", equalTo(0));
        enrol(UUID.randomUUID(), "李四").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void onlyTraineesEnrol() {
        UUID programme = TrainingFixtures.programme(5);
        enrol(programme, "管理员").then().statusCode(403);
    }

    @Test
    void concurrentEnrolmentsNeverExceedTheCapacity() throws Exception {
        UUID programme = TrainingFixtures.programme(5);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<EnrolmentStatus>> requests = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String trainee = "rush-" + i + "-" + UUID.randomUUID();
                requests.add(() -> QuarkusTransaction.requiringNew()
                        .call(() -> enrolments.enrol(new EnrolRequest(programme, "学员", null), trainee).status));
            }
            List<EnrolmentStatus> outcomes = new ArrayList<>();
            for (Future<EnrolmentStatus> outcome : pool.invokeAll(requests)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).filteredOn(s -> s == EnrolmentStatus.ENROLLED).hasSize(5);
            assertThat(outcomes)
                    .filteredOn(s -> s == EnrolmentStatus.WAITLISTED)
                    .hasSize(15);
        } finally {
            pool.shutdown();
        }
        given().when()
                .get("/api/training/programmes/" + programme + "/places")
                .then()
                .body("enrolled", equalTo(5))
                .body("waitlisted", equalTo(15))
                .body("available", equalTo(0));
    }

    @Test
    @TestSecurity(user = "first-in", roles = "trainee")
    void aFreedPlaceGoesToTheFirstOfTheWaitingList() throws Exception {
        UUID programme = TrainingFixtures.programme(2);
        String mine = enrol(programme, "王五").then().statusCode(201).extract().path("id");
        TrainingFixtures.enrol(programme, TrainingFixtures.unique("second"), "赵六");
        UUID third = TrainingFixtures.enrol(programme, TrainingFixtures.unique("third"), "孙七");
        UUID fourth = TrainingFixtures.enrol(programme, TrainingFixtures.unique("fourth"), "周八");
        assertThat(status(third)).isEqualTo(EnrolmentStatus.WAITLISTED);

        try (var topic = TopicRecorder.of(EnrolmentEvents.TOPIC)) {
            given().when()
                    .post(ENROLMENTS + "/" + mine + "/withdrawal")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("WITHDRAWN"))
                    .body("withdrawnBy", equalTo("first-in"));
            Contracts.assertConforms(topic.awaitEventAbout(mine, EnrolmentEvents.WITHDRAWN));
            var promoted = topic.awaitEventAbout(third.toString(), EnrolmentEvents.ENROLLED);
            Contracts.assertConforms(promoted);
            assertThat(promoted.data()).contains("\"fromWaitingList\":true");
        }
        assertThat(status(third)).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(status(fourth)).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> enrolments.waitingPosition(Enrolment.findById(fourth))))
                .isEqualTo(1L);
        given().when()
                .post(ENROLMENTS + "/" + mine + "/withdrawal")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/illegal-transition"));
        given().when()
                .get("/api/training/programmes/" + programme + "/places")
                .then()
                .body("enrolled", equalTo(2))
                .body("waitlisted", equalTo(1));
    }

    @Test
    @TestSecurity(user = "nosy-trainee", roles = "trainee")
    void aTraineeSeesAndWithdrawsOnlyTheirOwnEnrolments() {
        UUID programme = TrainingFixtures.programme(10);
        UUID someoneElse = TrainingFixtures.enrol(programme, TrainingFixtures.unique("other"), "吴九");
        String mine = enrol(programme, "郑十").then().statusCode(201).extract().path("id");

        given().when().get(ENROLMENTS + "/" + someoneElse).then().statusCode(404);
        given().when()
                .post(ENROLMENTS + "/" + someoneElse + "/withdrawal")
                .then()
                .statusCode(404);
        given().queryParam("programmeId", programme)
                .when()
                .get(ENROLMENTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(mine))
                .body("items.trainee", everyItem(equalTo("nosy-trainee")));
        assertThat(status(someoneElse)).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    @TestSecurity(user = "roster-teacher", roles = "instructor")
    void anInstructorSeesTheRostersOfTheProgrammesTheyTeachInOnly() {
        UUID taught = TrainingFixtures.programme(10);
        TrainingFixtures.course(taught, "roster-teacher");
        UUID a = TrainingFixtures.enrol(taught, TrainingFixtures.unique("a"), "陈一");
        UUID b = TrainingFixtures.enrol(taught, TrainingFixtures.unique("b"), "陈二");
        UUID other = TrainingFixtures.programme(10);
        UUID c = TrainingFixtures.enrol(other, TrainingFixtures.unique("c"), "陈三");

        given().queryParam("programmeId", taught)
                .when()
                .get(ENROLMENTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(a.toString(), b.toString()));
        given().when().get(ENROLMENTS + "/" + a).then().statusCode(200).body("traineeName", equalTo("陈一"));
        given().queryParam("programmeId", other).when().get(ENROLMENTS).then().statusCode(403);
        // without a programme: the rosters of every programme they teach in, nobody else's trainees
        given().when()
                .get(ENROLMENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItems(a.toString(), b.toString()))
                .body("items.id", not(hasItem(c.toString())));
        given().when().get(ENROLMENTS + "/" + c).then().statusCode(404);
        given().when().post(ENROLMENTS + "/" + a + "/withdrawal").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void anAdministratorSeesEveryEnrolmentAndWithdrawsATrainee() {
        UUID programme = TrainingFixtures.programme(10);
        UUID a = TrainingFixtures.enrol(programme, TrainingFixtures.unique("a"), "刘一");
        UUID b = TrainingFixtures.enrol(programme, TrainingFixtures.unique("b"), "刘二");
        given().queryParam("programmeId", programme)
                .when()
                .get(ENROLMENTS)
                .then()
                .body("items.traineeName", hasItems("刘一", "刘二"));
        given().when()
                .post(ENROLMENTS + "/" + a + "/withdrawal")
                .then()
                .statusCode(200)
                .body("withdrawnBy", equalTo(TrainingFixtures.ADMIN));
        given().queryParam("programmeId", programme)
                .queryParam("status", "ENROLLED")
                .when()
                .get(ENROLMENTS)
                .then()
                .body("items.id", contains(b.toString()));
    }

    private static Response enrol(UUID programme, String name) {
        return given().contentType(ContentType.JSON)
                .body(new EnrolRequest(programme, name, null))
                .when()
                .post(ENROLMENTS);
    }

    private static EnrolmentStatus status(UUID enrolment) {
        return QuarkusTransaction.requiringNew().call(() -> Enrolment.<Enrolment>findById(enrolment).status);
    }
}
