package cn.chuanyu.gateway;

import cn.chuanyu.testing.tracing.OtlpReceiver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ServicesUp} with tracing switched on by an OTLP endpoint, that of a receiver of the test's own. */
public class TracingOn extends ServicesUp {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(OtlpReceiver.class));
        return resources;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        // spans are sent a moment after they end, not after the default five seconds
        overrides.put("quarkus.otel.bsp.schedule.delay", "100ms");
        return overrides;
    }
}
