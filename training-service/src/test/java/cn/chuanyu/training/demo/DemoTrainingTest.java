package cn.chuanyu.training.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.training.certificate.Certificate;
import cn.chuanyu.training.programme.TrainingProgramme;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data of the source page, loaded twice (as by a restart with kept data) through the domain code. */
@QuarkusTest
class DemoTrainingTest {

    @Inject
    DemoTraining demo;

    @Test
    @TestSecurity(user = "trainee", roles = "trainee")
    void theSourcePagesCourseIsLoadedOnceWithItsCoursesCertifiedTraineeAndChongqingsFigures() {
        demo.loadOnce();
        demo.loadOnce();

        List<TrainingProgramme> loaded = QuarkusTransaction.requiringNew()
                .call(() -> TrainingProgramme.list(
                        "name = ?1 and startsOn = ?2", DemoTraining.PROGRAMME, DemoTraining.STARTS));
        assertThat(loaded).hasSize(1);
        String programme = loaded.get(0).id.toString();
        given().when()
                .get("/api/training/programmes/" + programme)
                .then()
                .statusCode(200)
                .body("venue", equalTo("易智网总部基地"))
                .body("endsOn", equalTo("2020-12-24"))
                .body("organisers", contains("重庆市科学技术研究院", "国家技术转移西南中心"))
                .body("executors", contains("重庆技术评估与转移服务中心", "重庆易智网公司", "重庆市技术转移服务技术创新战略联盟"));
        var courses = given().queryParam("programmeId", programme)
                .queryParam("size", 100)
                .when()
                .get("/api/training/courses")
                .then()
                .statusCode(200)
                .body("total", equalTo(16))
                .extract()
                .jsonPath()
                .getList("items.mode", String.class);
        assertThat(courses).filteredOn("ONLINE"::equals).hasSize(8);
        assertThat(courses).filteredOn("OFFLINE"::equals).hasSize(8);
        given().when()
                .get("/api/training/programmes/" + programme + "/places")
                .then()
                .body("capacity", equalTo(170))
                .body("enrolled", equalTo(1));

        Certificate certificate = QuarkusTransaction.requiringNew()
                .call(() -> Certificate.<Certificate>find("programmeId", loaded.get(0).id)
                        .singleResult());
        assertThat(certificate.holderSubject).isEqualTo("trainee");
        given().queryParam("code", certificate.verificationCode)
                .when()
                .get("/api/training/certificate-verifications/" + certificate.number)
                .then()
                .statusCode(200)
                .body("issuedOn", equalTo("2020-12-24"))
                .body("expiresOn", equalTo("2023-12-24"))
                .body("status", equalTo("EXPIRED"))
                .body("issuer", equalTo("国家技术转移人才培养基地"));
        given().when()
                .get("/api/training/attendance/enrolments/" + certificate.enrolmentId)
                .then()
                .statusCode(200)
                .body("sessionsHeld", equalTo(16))
                .body("attended", equalTo(16))
                .body("online", equalTo(8));

        List<Map<String, Object>> counts = given().queryParam("region", "CHONGQING")
                .queryParam("size", 100)
                .when()
                .get("/api/training/demonstration-institutions/counts")
                .then()
                .extract()
                .jsonPath()
                .getList("items.findAll { it.asOfYear == 2020 }");
        assertThat(counts)
                .extracting(c -> c.get("level") + ":" + c.get("count"))
                .containsExactlyInAnyOrder("NATIONAL:8", "MUNICIPAL:22");
        given().when()
                .get("/api/training/technology-contracts/CHONGQING/2019")
                .then()
                .statusCode(200)
                .body("total", equalTo(1.504E10f));
    }
}
