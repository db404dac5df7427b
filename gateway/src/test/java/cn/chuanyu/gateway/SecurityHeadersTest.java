package cn.chuanyu.gateway;

import static cn.chuanyu.gateway.EdgeLimits.newClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@TestProfile(EdgeLimits.class)
class SecurityHeadersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "a service's answer, /api/conference/echo, 200",
        "the portal page, /, 200",
        "the OpenAPI document, /openapi, 200",
        "a path nobody serves, /api/unknown/echo, 404"
    })
    void everyAnswerCarriesTheBrowserSecurityHeaders(String what, String path, int status) {
        securityHeaders(newClient().get(path).then().statusCode(status));
    }

    @Test
    void aRefusedTokenCarriesThemToo() {
        securityHeaders(newClient()
                .auth()
                .oauth2("not-a-jwt")
                .get("/api/conference/echo")
                .then()
                .statusCode(401));
    }

    @Test
    void hstsIsSentOnlyOnHttps() {
        newClient()
                .header("X-Forwarded-Proto", "https")
                .get("/api/alliance/echo")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        newClient().get("/api/alliance/echo").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void thePortalMayCallKeycloakWhereBrowsersReachIt() {
        newClient()
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("; connect-src 'self' https://id.chuanyu.cn; "))
                .header("Content-Security-Policy", containsString("script-src 'self';"));
        newClient()
                .get("/openapi")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", not(containsString("script-src")))
                .body(
                        "components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        equalTo(EdgeLimits.PUBLIC_REALM + "/protocol/openid-connect/auth"))
                .body(
                        "components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl",
                        equalTo(EdgeLimits.PUBLIC_REALM + "/protocol/openid-connect/token"));
    }

    private static void securityHeaders(ValidatableResponse answer) {
        answer.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
