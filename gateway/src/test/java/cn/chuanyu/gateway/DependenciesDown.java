package cn.chuanyu.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The gateway while the training service and the identity provider cannot be reached. */
public class DependenciesDown implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeUpstreams.class, Map.of("down", "training")));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url",
                "http://127.0.0.1:" + FakeUpstreams.closedPort() + "/realms/chuanyu",
                "chuanyu.gateway.timeout",
                "1s");
    }
}
