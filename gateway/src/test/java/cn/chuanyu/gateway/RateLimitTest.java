package cn.chuanyu.gateway;

import static cn.chuanyu.gateway.EdgeLimits.BURST;
import static cn.chuanyu.gateway.EdgeLimits.from;
import static cn.chuanyu.gateway.EdgeLimits.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EdgeLimits.class)
class RateLimitTest {

    /** The management interface's root, {@code http://host:port/q/}: health and metrics. */
    @TestHTTPResource(management = true)
    URL management;

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndTheServiceNeverSeesTheRequest() {
        String address = newAddress();
        useUpBurst(address, null);
        String path = "/api/alliance/board-items/" + UUID.randomUUID();

        String retryAfter = from(address)
                .get(path)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/rate-limited"))
                .body("status", equalTo(429))
                .extract()
                .header("Retry-After");
        // one token per 20 s
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 20);
        assertThat(Upstreams.hits("alliance", "GET", path)).isZero();
    }

    @Test
    void otherClientsAreNotHeldBackByOne() {
        String greedy = newAddress();
        useUpBurst(greedy, null);
        from(greedy).get("/api/conference/echo").then().statusCode(429);

        from(newAddress()).get("/api/conference/echo").then().statusCode(200);
    }

    @Test
    void aTokensSubjectIsOneClientWhereverItCallsFrom() {
        String token = Tokens.valid("partner-" + UUID.randomUUID());
        useUpBurst(newAddress(), token);

        String elsewhere = newAddress();
        from(elsewhere).auth().oauth2(token).get("/api/training/echo").then().statusCode(429);
        // the address itself has used nothing: without the token it is another client
        from(elsewhere).get("/api/training/echo").then().statusCode(200);
        from(elsewhere)
                .auth()
                .oauth2(Tokens.valid("partner-" + UUID.randomUUID()))
                .get("/api/training/echo")
                .then()
                .statusCode(200);
    }

    @Test
    void healthAndMetricsOnTheManagementPortAreNotLimited() {
        String address = newAddress();
        useUpBurst(address, null);
        for (int i = 0; i < BURST + 2; i++) {
            from(address).get(management + "health/ready").then().statusCode(200);
        }
        from(address).get(management + "metrics").then().statusCode(200);
    }

    private static void useUpBurst(String address, String token) {
        for (int i = 0; i < BURST; i++) {
            var request = from(address);
            if (token != null) {
                request.auth().oauth2(token);
            }
            request.get("/api/conference/echo").then().statusCode(200);
        }
    }
}
