package cn.chuanyu.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and frontend teams rely on: health and the OpenAPI document. */
@QuarkusTest
class PlatformEndpointsTest {

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
    void readinessIsUpWithTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
