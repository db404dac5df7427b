package cn.chuanyu.eventing.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.eventing.notes.NoteEvents;
import cn.chuanyu.testing.PublishedEvent;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.testing.tracing.OtlpReceiver;
import cn.chuanyu.testing.tracing.OtlpReceiver.ReceivedSpan;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * One trace from the gateway's request to the event's effect in a consumer, as an operator's collector receives it: the
 * service's request span continues the gateway's traceparent, the event carries the request span in its
 * {@code ce_traceparent}, and the inbox applies it in a consumer span that is that span's child.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
class TraceAcrossKafkaTest {

    private static final String CONSUMER_SPAN = "process " + NoteEvents.TOPIC;

    @Test
    void theConsumersSpanContinuesTheTraceOfTheRequestThatWroteTheEvent() throws Exception {
        String trace = hex(16);
        String gatewaySpan = hex(8);
        try (var topic = TopicRecorder.of(NoteEvents.TOPIC)) {
            String note = given().contentType(ContentType.JSON)
                    .header("traceparent", "00-" + trace + "-" + gatewaySpan + "-01")
                    .body("{\"title\": \"跨 Kafka 的追踪\"}")
                    .post("/notes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            ReceivedSpan request = awaitSpan(s -> "SPAN_KIND_SERVER".equals(s.kind()) && trace.equals(s.traceId()));
            assertThat(request.parentSpanId()).isEqualTo(gatewaySpan);
            assertThat(request.service()).isEqualTo("eventing-test");

            PublishedEvent event = topic.await(e -> note.equals(e.key()), Duration.ofSeconds(30));
            assertThat(event.header("ce_traceparent")).isEqualTo("00-" + trace + "-" + request.spanId() + "-01");

            ReceivedSpan consumer = awaitSpan(s -> CONSUMER_SPAN.equals(s.name()) && trace.equals(s.traceId()));
            assertThat(consumer.kind()).isEqualTo("SPAN_KIND_CONSUMER");
            assertThat(consumer.parentSpanId()).isEqualTo(request.spanId());
            assertThat(OtlpReceiver.paths()).isNotEmpty().allMatch("/v1/traces"::equals);
        }
    }

    private static ReceivedSpan awaitSpan(Predicate<ReceivedSpan> wanted) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> OtlpReceiver.spans().stream().filter(wanted).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros
        return HexFormat.of().formatHex(random);
    }
}
