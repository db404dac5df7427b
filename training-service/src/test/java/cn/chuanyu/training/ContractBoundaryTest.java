package cn.chuanyu.training;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.EnrolmentEvents;
import cn.chuanyu.training.programme.TrainingProgramme;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The input boundary and the problem texts of training-service: what the contract promises a client, in zh-CN (the
 * default) and English.
 */
@QuarkusTest
class ContractBoundaryTest {

    private static final String PROGRAMMES = "/api/training/programmes";

    private static Map<String, Object> programme(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("level", "PRIMARY");
        body.put("organisers", List.of("重庆市科学技术研究院"));
        body.put("venue", "易智网总部基地");
        body.put("startsOn", "2020-12-10");
        body.put("endsOn", "2020-12-24");
        body.put("capacity", 170);
        body.put("teachingMode", "BLENDED");
        return body;
    }

    private static long programmesNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingProgramme.count("name", name));
    }

    @Test
    @TestSecurity(user = "boundary-admin", roles = "training-admin")
    void aDomainProblemSpeaksChineseByDefaultAndEnglishWhenAsked() {
        String name = TrainingFixtures.unique("倒置的培训班");
        Map<String, Object> backwards = programme(name);
        backwards.put("startsOn", "2020-12-24");
        backwards.put("endsOn", "2020-12-10");

        given().contentType(ContentType.JSON)
                .body(backwards)
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"))
                .body("title", equalTo("日期无效"))
                .body("detail", equalTo("培训班的结束日期 2020-12-10 早于开始日期 2020-12-24"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(backwards)
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"))
                .body("title", equalTo("Dates are not valid"))
                .body("detail", equalTo("The programme ends on 2020-12-10, before it starts on 2020-12-24"));
        assertThat(programmesNamed(name)).isZero();
    }

    @Test
    @TestSecurity(user = "boundary-admin", roles = "training-admin")
    void aValidationErrorNamesTheFieldInTheCallersLanguage() {
        String name = TrainingFixtures.unique("超员培训班");
        Map<String, Object> crowded = programme(name);
        crowded.put("capacity", 10001);

        given().contentType(ContentType.JSON)
                .body(crowded)
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/validation"))
                .body("title", equalTo("请求无效"))
                .body("errors.field", contains("capacity"))
                .body("errors[0].message", equalTo("最大不能超过10000"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en-GB,en;q=0.8")
                .body(crowded)
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("The request is not valid"))
                .body("errors.field", contains("capacity"))
                .body("errors[0].message", equalTo("must be less than or equal to 10000"));
        assertThat(programmesNamed(name)).isZero();
    }

    @Test
    @TestSecurity(user = "boundary-admin", roles = "training-admin")
    void programmesRunInsideTheYearsTheTrainingBaseAllows() {
        String name = TrainingFixtures.unique("远古培训班");
        Map<String, Object> ancient = programme(name);
        ancient.put("startsOn", "1999-12-31");

        given().contentType(ContentType.JSON)
                .body(ancient)
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"))
                .body("detail", containsString("2000-01-01"));
        Map<String, Object> tooManyOrganisers = programme(name);
        tooManyOrganisers.put("organisers", List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"));
        given().contentType(ContentType.JSON)
                .body(tooManyOrganisers)
                .when()
                .post(PROGRAMMES)
                .then()
                .statusCode(400)
                .body("errors.field", contains("organisers"));
        assertThat(programmesNamed(name)).isZero();
    }

    @Test
    @TestSecurity(user = "boundary-trainee", roles = "trainee")
    void anEnrolmentRefusedAtTheBoundaryStoresNothingAndAnnouncesNothing() throws Exception {
        UUID programme = TrainingFixtures.programme(5);
        try (var topic = TopicRecorder.of(EnrolmentEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("programmeId", programme, "name", "张三", "organisation", "重".repeat(201)))
                    .when()
                    .post("/api/training/enrolments")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("organisation"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> Enrolment.count("programmeId", programme)))
                    .isZero();

            String accepted = given().contentType(ContentType.JSON)
                    .body(Map.of("programmeId", programme, "name", "张三", "organisation", "重庆大学"))
                    .when()
                    .post("/api/training/enrolments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            topic.awaitEventAbout(accepted, EnrolmentEvents.ENROLLED);
            assertThat(topic.matching(e -> e.data().contains(programme.toString())))
                    .extracting(e -> e.key())
                    .containsExactly(accepted);
        }
        given().when()
                .get(PROGRAMMES + "/" + programme + "/places")
                .then()
                .statusCode(200)
                .body("enrolled", equalTo(1));
    }

    @Test
    void listsArePagedWithinTheirBounds() {
        UUID programme = TrainingFixtures.programme(5);
        TrainingFixtures.sitting(programme, today());
        TrainingFixtures.sitting(programme, today().plusDays(1));

        given().queryParam("programmeId", programme)
                .queryParam("size", 1)
                .when()
                .get("/api/training/exams")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", equalTo(2));
        given().queryParam("size", 101)
                .when()
                .get("/api/training/exams")
                .then()
                .statusCode(400)
                .body("errors.field", contains("size"));
        given().queryParam("page", -1)
                .when()
                .get("/api/training/demonstration-institutions/counts")
                .then()
                .statusCode(400)
                .body("errors.field", contains("page"));
    }

    @Test
    @TestSecurity(user = "boundary-admin", roles = "training-admin")
    void aSittingFallsInsideTheYearsTheTrainingBaseAllows() {
        UUID programme = TrainingFixtures.programme(5);
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("programmeId", programme, "title", "补考", "heldOn", "2101-01-01", "passMark", 60))
                .when()
                .post("/api/training/exams")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-dates"))
                .body("detail", equalTo("The sitting on 2101-01-01 would be after the last day allowed, 2100-12-31"));
        given().queryParam("programmeId", programme)
                .when()
                .get("/api/training/exams")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void parametersHaveTheirDocumentedBounds() {
        given().queryParam("code", "X".repeat(13))
                .when()
                .get("/api/training/certificate-verifications/NTTB-2020-000001")
                .then()
                .statusCode(400)
                .body("errors.field", contains("code"));
        given().when()
                .get("/api/training/technology-contracts/CHONGQING/1979")
                .then()
                .statusCode(400)
                .body("errors.field", contains("year"));
    }

    @Test
    void theDocumentLabelsEveryEnumInChineseAndEnglish() {
        var document = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        List<String> enums = schemas.entrySet().stream()
                .filter(e -> e.getValue().containsKey("enum"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(enums).contains("EnrolmentStatus", "CertificateStatus", "BrokerLevel", "Region");
        for (String name : enums) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> labels =
                    (Map<String, Map<String, String>>) schemas.get(name).get("x-enum-labels");
            assertThat(labels).as(name).containsOnlyKeys("zh-CN", "en");
            @SuppressWarnings("unchecked")
            List<String> constants = (List<String>) schemas.get(name).get("enum");
            assertThat(labels.get("zh-CN")).as(name).containsOnlyKeys(constants);
            assertThat(labels.get("en")).as(name).containsOnlyKeys(constants);
        }
        assertThat(document.getString("components.schemas.EnrolmentStatus.x-enum-labels.zh-CN.WAITLISTED"))
                .isEqualTo("候补");
        assertThat(document.getMap("paths").keySet())
                .contains(
                        "/api/training/enrolments/{enrolmentId}/exam-standing",
                        "/api/training/programmes/{programmeId}/places")
                .doesNotContain(
                        "/api/training/exams/enrolments/{enrolmentId}",
                        "/api/training/enrolments/places/{programmeId}");
    }
}
