package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The edge as it ships: no frontend origin configured, plain HTTP. */
@QuarkusTest
@TestProfile(ServicesUp.class)
class EdgeDefaultsTest {

    @Test
    void withoutConfiguredOriginsNoBrowserCodeFromElsewhereMayCall() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/conference/echo")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:5173")
                .get("/api/conference/echo")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersCarryTheSecurityHeadersButNoHstsOverPlainHttp() {
        given().get("/api/alliance/echo")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header(
                        "Content-Security-Policy",
                        equalTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void aClientClaimingHttpsIsNotBelievedWhenNoLoadBalancerIsTrusted() {
        given().header("X-Forwarded-Proto", "https")
                .get("/api/alliance/echo")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
