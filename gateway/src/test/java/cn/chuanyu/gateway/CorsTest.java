package cn.chuanyu.gateway;

import static cn.chuanyu.gateway.EdgeLimits.FRONTEND;
import static cn.chuanyu.gateway.EdgeLimits.LOCAL_FRONTEND;
import static cn.chuanyu.gateway.EdgeLimits.newAddress;
import static cn.chuanyu.gateway.EdgeLimits.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EdgeLimits.class)
class CorsTest {

    @Test
    void aPreflightFromAFrontendIsAnsweredAtTheEdge() {
        String path = "/api/conference/papers/" + UUID.randomUUID();
        newClient()
                .header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,accept-language")
                .options(path)
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Accept-Language"))
                .header("Access-Control-Max-Age", equalTo("600"))
                .header("Access-Control-Allow-Credentials", nullValue());
        assertThat(Upstreams.hits("conference", "OPTIONS", path)).isZero();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefusedWithoutCorsHeaders() {
        newClient()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/alliance/board-items/1")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("https://chuanyu.cn/problems/cors-origin-not-allowed"))
                .body("title", equalTo("来源不被允许"))
                .body("detail", equalTo("来自 https://evil.example 的浏览器代码不能调用此接口"))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void aFrontendsCodeMayReadTheAnswerAndItsLocation() {
        newClient()
                .header("Origin", LOCAL_FRONTEND)
                .contentType("application/json")
                .body("{\"name\":\"璧山高新区\"}")
                .post("/api/alliance/zones")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(LOCAL_FRONTEND))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anotherOriginsCodeGetsNoCorsHeadersSoTheBrowserWithholdsTheAnswer() {
        newClient()
                .header("Origin", "https://evil.example")
                .get("/api/training/echo")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }

    @Test
    void aFrontendCanReadARefusalToo() {
        String address = newAddress();
        for (int i = 0; i < EdgeLimits.BURST; i++) {
            EdgeLimits.from(address).get("/api/training/echo").then().statusCode(200);
        }
        EdgeLimits.from(address)
                .header("Origin", FRONTEND)
                .get("/api/training/echo")
                .then()
                .statusCode(429)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }
}
