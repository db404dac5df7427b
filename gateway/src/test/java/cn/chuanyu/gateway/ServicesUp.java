package cn.chuanyu.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * The gateway in front of three fake services, checking tokens against a WireMock OIDC provider (discovery and JWKS, as
 * Keycloak serves them). Test classes with this profile share one boot.
 */
public class ServicesUp implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(FakeUpstreams.class), new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus", "chuanyu.gateway.timeout", "1s");
    }
}
