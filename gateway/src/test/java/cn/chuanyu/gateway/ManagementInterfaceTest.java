package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health and metrics for operators answer on the management port only; the public entry serves neither. */
@QuarkusTest
@TestProfile(ServicesUp.class)
class ManagementInterfaceTest {

    /** The management interface's root, {@code http://host:port/q/}. */
    @TestHTTPResource(management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void thePublicPortServesNeitherHealthNorMetrics(String path) {
        given().get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void theManagementPortServesHealthAndMetrics() {
        given().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void unknownPathsAndRefusedTokensDoNotAddMetricSeries() {
        String unknown = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        given().get("/nothing-here/" + unknown).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.expired("fancong"))
                .get("/elsewhere/" + refused)
                .then()
                .statusCode(401);
        given().get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"NOT_FOUND\""))
                .body(containsString("uri=\"UNKNOWN\""))
                .body(not(containsString(unknown)))
                .body(not(containsString(refused)));
    }
}
