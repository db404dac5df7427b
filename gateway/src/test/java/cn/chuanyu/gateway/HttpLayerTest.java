package cn.chuanyu.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTTP layer's own refusals, sent below any HTTP client: what Vert.x would refuse with an empty answer before any
 * route is a problem like every other answer, with a request id and the security headers.
 */
@QuarkusTest
@TestProfile(ServicesUp.class)
class HttpLayerTest {

    @ParameterizedTest(name = "Accept-Language {0}")
    @CsvSource({"'', zh-CN, 请求地址过长", "'en-GB,en;q=0.8', en, URI too long"})
    void aRequestLineOf20KbIsA414Problem(String acceptLanguage, String language, String title) {
        String marker = UUID.randomUUID().toString();
        RawHttp.Answer answer = RawHttp.send("GET /api/conference/" + marker + "?q="
                + "川".repeat(20_000 / 9).replace("川", "%E5%B7%9D") + " HTTP/1.1\r\nHost: localhost\r\n"
                + (acceptLanguage.isEmpty() ? "" : "Accept-Language: " + acceptLanguage + "\r\n")
                + "Connection: close\r\n\r\n");

        assertProblem(answer, 414, "uri-too-long", language, title);
        assertThat(answer.body()).contains("4096");
        assertThat(Upstreams.requestsSeenBy("conference")).noneMatch(request -> request.contains(marker));
    }

    @Test
    void headersOf100KbAreA431Problem() {
        String marker = UUID.randomUUID().toString();
        RawHttp.Answer answer = RawHttp.send("GET /api/conference/" + marker + " HTTP/1.1\r\nHost: localhost\r\n"
                + ("X-Filler: " + "b".repeat(1000) + "\r\n").repeat(100) + "Connection: close\r\n\r\n");

        assertProblem(answer, 431, "request-header-fields-too-large", "zh-CN", "请求头过大");
        assertThat(Upstreams.requestsSeenBy("conference")).noneMatch(request -> request.contains(marker));
    }

    @Test
    void aRequestJustWithinTheLimitsReachesTheService() {
        RawHttp.Answer answer = RawHttp.send("GET /api/conference/echo?q=" + "a".repeat(4000) + " HTTP/1.1\r\n"
                + "Host: localhost\r\n" + ("X-Filler: " + "b".repeat(1000) + "\r\n").repeat(15)
                + "Connection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"service\":\"conference\"");
    }

    @Test
    void anUnknownPathAndAnUnsupportedMethodAreProblemsInTheCallersLanguage() {
        RawHttp.Answer notFound = RawHttp.send(
                "GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");
        assertProblem(notFound, 404, "not-found", "en", "Resource not found");

        RawHttp.Answer notAllowed =
                RawHttp.send("DELETE /openapi HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(notAllowed, 405, "method-not-allowed", "zh-CN", "不支持的方法");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/test-failures/status/401, 401, unauthenticated, 需要身份认证",
        "/test-failures/status/403, 403, forbidden, 无权操作",
        "/test-failures/status/405, 405, method-not-allowed, 不支持的方法",
        "/test-failures/status/400, 400, bad-request, 请求错误",
        "/test-failures/thrown, 500, internal-error, 内部错误"
    })
    void aFailingRouteIsAProblem(String path, int status, String slug, String title) {
        RawHttp.Answer answer =
                RawHttp.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertProblem(answer, status, slug, "zh-CN", title);
        if (status == 401) {
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    /**
     * Bytes that are no HTTP request at all never reach a route: Vert.x answers them with its own empty 400 (Quarkus
     * gives no hook for it), and the client is not left waiting.
     */
    @Test
    void bytesThatAreNoHttpRequestGetA400() {
        assertThat(RawHttp.send("\u0001\u0002 not http at all\r\n\r\n").status())
                .isEqualTo(400);
        assertThat(RawHttp.send("GET / HTTP/1.1\r\nHost: x\r\nA header without colon\r\n\r\n")
                        .status())
                .isEqualTo(400);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String slug, String language, String title) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("Content-Language")).isEqualTo(language);
        assertThat(answer.header("X-Request-Id")).isNotBlank();
        assertThat(answer.header("traceparent")).isNotBlank();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(answer.body())
                .contains("\"type\":\"https://chuanyu.cn/problems/" + slug + "\"")
                .contains("\"status\":" + status)
                .contains("\"title\":\"" + title + "\"");
    }
}
