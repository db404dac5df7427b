package cn.chuanyu.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * The gateway in front of fake services that tests stop, slow down or make drop connections: the conference route waits
 * 10 s, the alliance route 1 s; circuits open after 3 consecutive failures and probe again after 2 s.
 */
public class UnreliableServices implements QuarkusTestProfile {

    static final int FAILURE_THRESHOLD = 3;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(FakeUpstreams.class), new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url",
                "${keycloak.url}/realms/quarkus",
                "chuanyu.gateway.timeout",
                "10s",
                "chuanyu.gateway.alliance-timeout",
                "1s",
                "chuanyu.gateway.circuit-breaker.failure-threshold",
                Integer.toString(FAILURE_THRESHOLD),
                "chuanyu.gateway.circuit-breaker.open-delay",
                "2s");
    }
}
