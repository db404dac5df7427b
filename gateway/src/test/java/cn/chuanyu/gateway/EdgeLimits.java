package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway with tight abuse limits: 64 KiB bodies (256 KiB on upload routes), 3 requests at once per client refilled
 * at one per 20 s, two frontend origins, the portal's users reaching Keycloak at a public address. It trusts
 * X-Forwarded-For/Proto (as behind a load balancer), so that each test can be its own client address:
 * {@link #newClient()}.
 */
public class EdgeLimits implements QuarkusTestProfile {

    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Upload routes' limit here (25 MiB in production): four times the general one. */
    static final int MAX_UPLOAD_BYTES = 256 * 1024;

    static final int BURST = 3;
    static final String FRONTEND = "https://portal.chuanyu.cn";
    static final String LOCAL_FRONTEND = "http://localhost:5173";
    /** The realm as browsers reach it, unlike the gateway (as behind a reverse proxy). */
    static final String PUBLIC_REALM = "https://id.chuanyu.cn/realms/chuanyu";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

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
                "chuanyu.gateway.limits.max-body-size",
                "64K",
                "chuanyu.gateway.limits.upload.max-body-size",
                "256K",
                "chuanyu.gateway.limits.rate-limit.burst",
                Integer.toString(BURST),
                "chuanyu.gateway.limits.rate-limit.requests-per-second",
                "0.05",
                "chuanyu.gateway.cors.origins",
                FRONTEND + "," + LOCAL_FRONTEND,
                "quarkus.http.proxy.proxy-address-forwarding",
                "true",
                "quarkus.http.proxy.allow-x-forwarded",
                "true",
                "chuanyu.gateway.portal.auth-server-url",
                PUBLIC_REALM);
    }

    /** A client address no other test uses (documentation range, never contacted). */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    /** A request from a client address of its own, so that no other test's requests count for its rate. */
    static RequestSpecification newClient() {
        return from(newAddress());
    }

    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }
}
