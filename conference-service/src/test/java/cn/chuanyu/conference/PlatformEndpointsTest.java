package cn.chuanyu.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and frontend teams rely on: health, metrics and the OpenAPI document. */
@QuarkusTest
class PlatformEndpointsTest {

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
        given().when().get("/api/conference/intents").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/api/conference/intents\""))
                .body(containsString("chuanyu_outbox_pending "))
                .body(containsString("chuanyu_outbox_published_total"));
    }
}
