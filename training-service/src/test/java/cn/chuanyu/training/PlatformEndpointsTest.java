package cn.chuanyu.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and frontend teams rely on: health, metrics and the OpenAPI document. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void openApiDocumentDescribesTheProgrammeOperations() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Chuanyu training-service API"))
                .body("paths.'/api/training/programmes'.post.operationId", equalTo("createProgramme"))
                .body("paths.'/api/training/programmes'.get.operationId", equalTo("listProgrammes"))
                .body("paths.'/api/training/programmes/{id}'.get.operationId", equalTo("getProgramme"));
    }

    @Test
    void openApiDocumentDescribesCoursesEnrolmentExamsCertificatesAndTheRegistry() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/training/courses'.post.operationId", equalTo("createCourse"))
                .body("paths.'/api/training/courses/{id}/sessions'.post.operationId", equalTo("addSession"))
                .body("paths.'/api/training/enrolments'.post.operationId", equalTo("enrol"))
                .body("paths.'/api/training/enrolments/{id}/withdrawal'.post.operationId", equalTo("withdrawEnrolment"))
                .body(
                        "paths.'/api/training/attendance/sessions/{sessionId}'.post.operationId",
                        equalTo("recordAttendance"))
                .body("paths.'/api/training/exams/{id}/scores'.post.operationId", equalTo("recordScore"))
                .body("paths.'/api/training/certificates'.post.operationId", equalTo("issueCertificate"))
                .body(
                        "paths.'/api/training/certificate-verifications/{number}'.get.operationId",
                        equalTo("verifyCertificate"))
                .body("paths.'/api/training/certificate-keys'.get.operationId", equalTo("getCertificateKeys"))
                .body("paths.'/api/training/technology-contracts'.get.operationId", equalTo("listContractStatistics"))
                .body(
                        "paths.'/api/training/demonstration-institutions/counts'.put.operationId",
                        equalTo("reportInstitutionCount"))
                .body("paths.'/api/training/brokers/{subject}'.get.operationId", equalTo("getBrokerProfile"))
                .body("paths.'/api/training/enrolments'.post.security[0]", hasKey("jwt"));
    }

    @Test
    void readinessIsUpWithTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void prometheusMetricsCoverTheApiAndTheOutbox() {
        given().when().get("/api/training/programmes").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/api/training/programmes\""))
                .body(containsString("chuanyu_outbox_pending "))
                .body(containsString("chuanyu_outbox_published_total"));
    }
}
