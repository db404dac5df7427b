package cn.chuanyu.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * The gateway in front of two instances of the conference service (fakes a test stops and starts); circuits open after
 * 3 consecutive failures and probe again after 2 s.
 */
public class TwoInstances implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(FakeUpstreams.class, Map.of("twice", "conference")),
                new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url",
                "${keycloak.url}/realms/quarkus",
                "chuanyu.gateway.circuit-breaker.failure-threshold",
                "3",
                "chuanyu.gateway.circuit-breaker.open-delay",
                "2s");
    }
}
