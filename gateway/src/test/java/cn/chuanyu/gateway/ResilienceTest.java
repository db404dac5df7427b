package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each context has its own role here, since circuit state outlives a test: conference for retries (its circuit stays
 * closed), alliance for timeouts, training for a stop and a restart.
 */
@QuarkusTest
@TestProfile(UnreliableServices.class)
class ResilienceTest {

    /** The management interface's root, {@code http://host:port/q/}: health and metrics. */
    @TestHTTPResource(management = true)
    URL management;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aRouteWithALongerTimeoutWaitsForASlowAnswer() {
        given().get("/api/conference/" + UUID.randomUUID() + "/slow")
                .then()
                .statusCode(200)
                .body("service", equalTo("conference"));
    }

    @Test
    void aServiceThatKeepsTimingOutIsNoLongerCalledAndClientsGetA503AtOnce() {
        String path = "/api/alliance/" + UUID.randomUUID() + "/slow";
        int timedOut = 0;
        Response answer = given().get(path);
        // 1 s timeout per call; earlier failures of the alliance route may already count
        while (answer.statusCode() == 504 && timedOut < UnreliableServices.FAILURE_THRESHOLD) {
            timedOut++;
            answer.then().body("detail", containsString("未在 1000 毫秒内应答"));
            answer = given().get(path);
        }
        answer.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", oneOf("1", "2"))
                .body("type", equalTo("https://chuanyu.cn/problems/upstream-unavailable"))
                .header("Content-Language", "zh-CN")
                .body("status", equalTo(503))
                .body("title", equalTo("服务暂不可用"))
                .body("detail", containsString("高新区联盟服务连续出现故障"));
        given().get(path).then().statusCode(503);
        // the timed-out calls reached the service once each (a timeout is not retried); the refused ones not at all
        assertThat(Upstreams.hits("alliance", "GET", path)).isEqualTo(timedOut);
        // operators see it: 1 is open
        given().get(management + "metrics")
                .then()
                .statusCode(200)
                .body(containsString("chuanyu_gateway_circuit_state{upstream=\"alliance\"} 1.0"));
    }

    @Test
    void aStoppedServiceGivesFast503sAndIsUsedAgainByItselfWhenItIsBack() {
        String path = "/api/training/certificates/" + UUID.randomUUID();
        Upstreams.stop("training");
        try {
            // refused at once; each read is tried twice, so the circuit opens within the threshold's calls
            int unreachable = 0;
            Response answer = given().get(path);
            while (answer.statusCode() == 502 && unreachable < UnreliableServices.FAILURE_THRESHOLD) {
                unreachable++;
                answer = given().get(path);
            }
            answer.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", oneOf("1", "2"))
                    .body("detail", containsString("培训服务"));
        } finally {
            Upstreams.start("training");
        }
        // after the 2 s open delay the next request is a probe; it succeeds and closes the circuit
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(path).statusCode(), is(200));
        given().get("/api/training/echo").then().statusCode(200).body("service", equalTo("training"));
    }

    @Test
    void aReadIsRetriedWhenTheServiceDroppedTheConnection() {
        String path = "/api/conference/flaky-once/" + UUID.randomUUID();
        given().get(path).then().statusCode(200).body("path", equalTo(path));
        assertThat(Upstreams.hits("conference", "GET", path)).isEqualTo(2);
    }

    @Test
    void aReadIsRetriedOnlyOnce() {
        String path = "/api/conference/drop/" + UUID.randomUUID();
        given().get(path).then().statusCode(502).contentType("application/problem+json");
        assertThat(Upstreams.hits("conference", "GET", path)).isEqualTo(2);
        theConferenceServiceStillAnswers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void aWriteIsNeverRetried(String method) {
        String path = "/api/conference/flaky-once/" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"川渝合作之果\"}")
                .request(method, path)
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", equalTo("无法连接学术会议服务"));
        assertThat(Upstreams.hits("conference", method, path)).isEqualTo(1);
        theConferenceServiceStillAnswers();
    }

    @Test
    void overHttp2AWriteWhoseServiceDroppedTheConnectionGetsA502ProblemAtOnce() throws Exception {
        String path = "/api/conference/flaky-once/" + UUID.randomUUID();
        HttpResponse<String> answer = new Http2Client(root.toURI())
                .post(path, "{\"title\":\"川渝合作之果\"}", UUID.randomUUID().toString());

        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("无法连接学术会议服务");
        assertThat(Upstreams.hits("conference", "POST", path)).isEqualTo(1);
        theConferenceServiceStillAnswers();
    }

    /** Also resets the conference circuit's count of consecutive failures, so that tests cannot open it together. */
    private static void theConferenceServiceStillAnswers() {
        given().get("/api/conference/echo").then().statusCode(200);
    }
}
