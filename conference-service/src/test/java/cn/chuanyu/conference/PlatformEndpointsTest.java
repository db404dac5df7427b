package cn.chuanyu.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
    void openApiDocumentDescribesTheIntentOperations() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Chuanyu conference-service API"))
                .body("paths.'/api/conference/intents'.post.operationId", equalTo("publishIntent"))
                .body("paths.'/api/conference/intents'.get.operationId", equalTo("listIntents"))
                .body("paths.'/api/conference/intents/{id}/withdrawal'.post.operationId", equalTo("withdrawIntent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void thePublicPortServesNeitherHealthNorMetrics(String path) {
        given().when().get(path).then().statusCode(404);
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
        given().when().get("/api/conference/intents").then().statusCode(200);
        given().when()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/api/conference/intents\""))
                .body(containsString("chuanyu_outbox_pending "))
                .body(containsString("chuanyu_outbox_published_total"));
    }

    @Test
    void unknownPathsAndMethodsDoNotAddMetricSeries() {
        String unknown = UUID.randomUUID().toString();
        String intent = UUID.randomUUID().toString();
        given().when().get("/api/conference/" + unknown).then().statusCode(404);
        given().when().delete("/api/conference/intents/" + intent).then().statusCode(405);
        given().when()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"NOT_FOUND\""))
                .body(not(containsString(unknown)))
                .body(not(containsString(intent)));
    }
}
