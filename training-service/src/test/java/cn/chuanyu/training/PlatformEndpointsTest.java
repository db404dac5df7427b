package cn.chuanyu.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What operators and frontend teams rely on: the OpenAPI document on the public port, health and metrics only on the
 * management port.
 */
@QuarkusTest
class PlatformEndpointsTest {

    /** The management interface's root, {@code http://host:port/q/}. */
    @TestHTTPResource(management = true)
    URL management;

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
    void readinessIsUpWithTheDatabaseOnTheManagementPort() {
        given().when()
                .get(management + "health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get(management + "health/live").then().statusCode(200);
    }

    @Test
    void prometheusMetricsOnTheManagementPortCoverTheApiAndTheOutbox() {
        given().when().get("/api/training/programmes").then().statusCode(200);
        given().when()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/api/training/programmes\""))
                .body(containsString("chuanyu_outbox_pending "))
                .body(containsString("chuanyu_outbox_published_total"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void thePublicPortServesNeitherHealthNorMetrics(String path) {
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void unknownPathsAndMethodsDoNotAddMetricSeries() {
        String unknown = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        given().when().get("/api/training/" + unknown).then().statusCode(404);
        given().when().delete("/api/training/programmes/" + id).then().statusCode(405);
        given().when()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"NOT_FOUND\""))
                .body(not(containsString(unknown)))
                .body(not(containsString(id)));
    }
}
