package cn.chuanyu.notification;

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
    void openApiDocumentDescribesNotificationsPreferencesAndWebhooks() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Chuanyu notification-service API"))
                .body("paths.'/api/notifications/notifications/mine'.get.operationId", equalTo("listMyNotifications"))
                .body(
                        "paths.'/api/notifications/notifications/{id}/read'.post.operationId",
                        equalTo("markNotificationRead"))
                .body("paths.'/api/notifications/unsubscriptions'.post.operationId", equalTo("unsubscribe"))
                .body("paths.'/api/notifications/webhooks'.post.operationId", equalTo("createWebhookSubscription"))
                .body("paths.'/api/notifications/webhooks'.post.security[0]", hasKey("jwt"));
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

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void thePublicPortServesNeitherHealthNorMetrics(String path) {
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void unknownPathsAndMethodsDoNotAddMetricSeries() {
        String unknown = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        given().when().get("/api/notifications/" + unknown).then().statusCode(404);
        given().when().patch("/api/notifications/webhooks/" + id).then().statusCode(405);
        given().when()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"NOT_FOUND\""))
                .body(not(containsString(unknown)))
                .body(not(containsString(id)));
    }
}
