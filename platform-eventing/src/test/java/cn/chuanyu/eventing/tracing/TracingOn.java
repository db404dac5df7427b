package cn.chuanyu.eventing.tracing;

import cn.chuanyu.testing.tracing.OtlpReceiver;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The test application with tracing switched on by an OTLP endpoint, that of a receiver of the test's own. */
public class TracingOn implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OtlpReceiver.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // spans are sent a moment after they end, not after the default five seconds
        return Map.of("quarkus.otel.bsp.schedule.delay", "100ms");
    }
}
