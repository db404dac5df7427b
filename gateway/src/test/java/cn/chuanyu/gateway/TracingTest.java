package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ServicesUp.class)
class TracingTest {

    @TestHTTPResource("/")
    URL root;

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_TRACEPARENT = "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01";

    private final List<String> accessLog = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            accessLog.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheAccessLog() {
        Logger.getLogger("cn.chuanyu.gateway.access").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("cn.chuanyu.gateway.access").removeHandler(capture);
    }

    @Test
    void aRequestWithoutIdsGetsNewOnesWhichTheServiceAndTheClientBothSee() {
        Response answer = given().get("/api/conference/echo");
        answer.then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        assertThat(answer.jsonPath().getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
        assertThat(answer.jsonPath().getString("traceparent")).isEqualTo(answer.header("traceparent"));
    }

    @Test
    void aClientsWellFormedRequestIdIsKept() {
        String id = "portal-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .get("/api/alliance/echo")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo(id))
                .body("requestId", equalTo(id));
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        given().header("X-Request-Id", "<script>alert(1)</script>")
                .get("/api/alliance/echo")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void theCallersTraceIsContinuedWithTheGatewayAsParentAndItsStateKept() {
        Response answer = given().header("traceparent", CALLERS_TRACEPARENT)
                .header("tracestate", "chuanyu=portal")
                .get("/api/training/echo");
        answer.then()
                .statusCode(200)
                .header("traceparent", matchesPattern("00-" + CALLERS_TRACE + "-[0-9a-f]{16}-01"))
                .header("traceparent", not(equalTo(CALLERS_TRACEPARENT)))
                .body("tracestate", equalTo("chuanyu=portal"));
        assertThat(answer.jsonPath().getString("traceparent")).isEqualTo(answer.header("traceparent"));
    }

    @Test
    void anInvalidTraceparentStartsANewTraceAndItsStateIsDropped() {
        given().header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .header("tracestate", "chuanyu=portal")
                .get("/api/training/echo")
                .then()
                .statusCode(200)
                .body("traceparent", matchesPattern("00-(?!0{32})[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .body("tracestate", nullValue());
    }

    @Test
    void refusalsCarryTheIdsToo() {
        String id = "refused-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .auth()
                .oauth2("not-a-jwt")
                .get("/api/conference/echo")
                .then()
                .statusCode(401)
                .header("X-Request-Id", equalTo(id))
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        given().header("X-Request-Id", id)
                .get("/nothing-here")
                .then()
                .statusCode(404)
                .header("X-Request-Id", equalTo(id));
    }

    @Test
    void eachRequestIsOneAccessLogLineWithItsClientButNeverItsToken() {
        String subject = "fancong-" + UUID.randomUUID();
        String token = Tokens.valid(subject);
        String id = "logged-" + UUID.randomUUID();
        String traceId = given().header("X-Request-Id", id)
                .auth()
                .oauth2(token)
                .get("/api/conference/papers/川渝?page=2")
                .then()
                .statusCode(200)
                .extract()
                .header("traceparent")
                .substring(3, 35);

        String line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(id), line1 -> line1 != null);
        assertThat(line)
                .startsWith("GET /api/conference/papers/")
                .contains(" 200 ", " ms ", "request_id=" + id, "trace_id=" + traceId, "client=sub:" + subject)
                .doesNotContain(token)
                .doesNotContain("page=2");
        assertThat(accessLog).noneMatch(logged -> logged.contains(token));
    }

    @Test
    void aCalendarFeedIsReadWithoutATokenAndItsSecretIsNotLogged() {
        String secret = "Qm9va2VkLWNhbGVuZGFyLXNlY3JldC0xMjM0NTY3ODk";
        String id = "feed-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .get("/api/training/calendar/" + secret + ".ics")
                .then()
                .statusCode(200);

        String line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(id), line1 -> line1 != null);
        assertThat(line).startsWith("GET /api/training/calendar/***.ics 200 ").doesNotContain(secret);
    }

    @Test
    void aWriteOverHttp2IsLoggedWithItsStatus() throws Exception {
        String id = "h2-" + UUID.randomUUID();
        HttpResponse<String> answer = new Http2Client(root.toURI()).post("/api/training/echo", "{}", id);
        assertThat(answer.statusCode()).isEqualTo(201);

        String line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(id), line1 -> line1 != null);
        assertThat(line).startsWith("POST /api/training/echo 201 ");
    }

    @Test
    void aRefusedRequestIsLoggedWithTheClientsAddress() {
        String id = "anonymous-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .auth()
                .oauth2("not-a-jwt")
                .get("/api/training/echo")
                .then()
                .statusCode(401);

        String line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWith(id), line1 -> line1 != null);
        assertThat(line)
                .startsWith("GET /api/training/echo 401 ")
                .contains("client=addr:127.0.0.1")
                .doesNotContain("not-a-jwt");
    }

    private String lineWith(String requestId) {
        return accessLog.stream()
                .filter(line -> line.contains("request_id=" + requestId))
                .findFirst()
                .orElse(null);
    }
}
