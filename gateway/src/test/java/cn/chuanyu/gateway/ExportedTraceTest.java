package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.testing.tracing.OtlpReceiver;
import cn.chuanyu.testing.tracing.OtlpReceiver.ReceivedSpan;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, the span the gateway exports for a request is the parent the service is given: the service's spans
 * hang under it in the collector, in the caller's trace.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
class ExportedTraceTest {

    private static final String CALLERS_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLERS_SPAN = "b7ad6b7169203331";

    @Test
    void theServiceGetsTheGatewaysExportedSpanAsItsParent() {
        Response answer = given().header("traceparent", "00-" + CALLERS_TRACE + "-" + CALLERS_SPAN + "-01")
                .get("/api/training/echo");
        answer.then().statusCode(200);
        String forwarded = answer.jsonPath().getString("traceparent");
        assertThat(forwarded).matches("00-" + CALLERS_TRACE + "-[0-9a-f]{16}-01");
        assertThat(answer.header("traceparent")).isEqualTo(forwarded);

        ReceivedSpan gateway = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> OtlpReceiver.spans().stream()
                                .filter(s -> CALLERS_TRACE.equals(s.traceId()) && "SPAN_KIND_SERVER".equals(s.kind()))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(gateway.service()).isEqualTo("gateway");
        assertThat(gateway.parentSpanId()).isEqualTo(CALLERS_SPAN);
        assertThat(forwarded).isEqualTo("00-" + CALLERS_TRACE + "-" + gateway.spanId() + "-01");
    }

    @Test
    void theSecretOfACalendarFeedIsNotInTheExportedSpans() {
        String secret = "Qm9va2VkLWNhbGVuZGFyLXNlY3JldC0xMjM0NTY3ODk";
        String trace = "1af7651916cd43dd8448eb211c80319d";
        given().header("traceparent", "00-" + trace + "-" + CALLERS_SPAN + "-01")
                .get("/api/training/calendar/" + secret + ".ics")
                .then()
                .statusCode(200);

        ReceivedSpan gateway = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> OtlpReceiver.spans().stream()
                                .filter(s -> trace.equals(s.traceId()) && "SPAN_KIND_SERVER".equals(s.kind()))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(gateway.attributes()).containsEntry("url.path", "/api/training/calendar/***.ics");
        assertThat(gateway.name()).doesNotContain(secret);
        assertThat(gateway.attributes().values()).noneMatch(value -> value.contains(secret));
    }
}
