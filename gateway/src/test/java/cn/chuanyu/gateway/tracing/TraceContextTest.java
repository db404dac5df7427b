package cn.chuanyu.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

    private static final String CALLERS = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aValidTraceparentIsContinuedWithTheGatewaysOwnSpan() {
        TraceContext trace = TraceContext.of(null, CALLERS);
        assertThat(trace.continued()).isTrue();
        assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(trace.flags()).isEqualTo("01");
        assertThat(trace.spanId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(trace.traceparent()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");
    }

    @Test
    void aLaterVersionIsReadAsVersion00AndKeepsItsFlags() {
        TraceContext trace =
                TraceContext.of(null, "cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-what-the-future-adds");
        assertThat(trace.continued()).isTrue();
        assertThat(trace.traceparent()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "garbage",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
                "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01"
            })
    void anythingElseStartsANewTrace(String header) {
        TraceContext trace = TraceContext.of(null, header);
        assertThat(trace.continued()).isFalse();
        assertThat(trace.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(trace.traceId())
                .isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736")
                .isNotEqualTo("0".repeat(32));
    }

    @Test
    void aWellFormedRequestIdIsKeptAndAnythingElseReplaced() {
        assertThat(TraceContext.of("frontend-7f3a.42:retry_1", null).requestId())
                .isEqualTo("frontend-7f3a.42:retry_1");
        assertThat(TraceContext.of("two words", null).requestId()).matches("[0-9a-f-]{36}");
        assertThat(TraceContext.of("请求", null).requestId()).matches("[0-9a-f-]{36}");
        assertThat(TraceContext.of("x".repeat(129), null).requestId()).matches("[0-9a-f-]{36}");
        assertThat(TraceContext.of("", null).requestId()).matches("[0-9a-f-]{36}");
        assertThat(TraceContext.of(null, null).requestId())
                .isNotEqualTo(TraceContext.of(null, null).requestId());
    }

    @Test
    void newRequestIdsAreRandomVersion4UuidsAndDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = TraceContext.newUuid();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            ids.add(TraceContext.of(null, null).requestId());
        }
        assertThat(ids)
                .hasSize(10_000)
                .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void threadsDrawDifferentIds() throws Exception {
        Set<String> traces = ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    traces.add(TraceContext.of(null, null).traceId());
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(traces).hasSize(4_000);
    }
}
