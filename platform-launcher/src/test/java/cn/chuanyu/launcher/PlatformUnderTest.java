package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.testing.ObservedResponse;
import cn.chuanyu.testing.OpenApiValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One embedded platform (fresh data, free ports, demo data on) shared by every end-to-end test class of the Failsafe
 * JVM: starting it costs a minute or more, so it starts on first use and stops when the JVM exits. Also the small HTTP
 * client those tests share: tokens from the real Keycloak and calls through the gateway.
 */
final class PlatformUnderTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    /** The partner system's confidential client (client credentials, realm role partner). */
    static final String PARTNER = "chuanyu-partner";

    private static EmbeddedPlatform platform;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private PlatformUnderTest() {}

    static synchronized EmbeddedPlatform platform() throws Exception {
        if (platform == null) {
            Path home = Path.of(System.getProperty("chuanyu.home", ".."))
                    .toAbsolutePath()
                    .normalize();
            long started = System.nanoTime();
            // the unpacked Keycloak is kept across runs (KeycloakServerIT checks this platform's realm); its store is
            // not
            // kept (keepData false), so a store left behind by an earlier, interrupted run cannot break this one
            EmbeddedPlatform instance = EmbeddedPlatform.start(new LaunchOptions(
                    home,
                    Files.createTempDirectory("chuanyu-e2e-"),
                    Path.of("target/keycloak-cache").toAbsolutePath(),
                    false,
                    Map.of(),
                    1));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "platform-under-test-stop"));
            platform = instance;
            // the merged document of the whole platform, pinned before any test stops a service
            HttpResponse<String> document = send(HttpRequest.newBuilder(gateway("/openapi")));
            assertThat(json(document).has("x-unavailable")).as(document.body()).isFalse();
            OpenApiValidation.preload(gateway("/openapi"));
            System.out.printf("Embedded platform ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        return platform;
    }

    /** A demo user's access token (password = user name + "-pass"), fetched once per user. */
    static String token(String user) throws Exception {
        if (PARTNER.equals(user)) {
            return partnerToken();
        }
        String cached = TOKENS.get(user);
        if (cached != null) {
            return cached;
        }
        String token = requestToken(Map.of(
                "grant_type", "password", "client_id", "chuanyu-web", "username", user, "password", user + "-pass"));
        TOKENS.put(user, token);
        return token;
    }

    /** The partner system's token: client credentials of the confidential client of the dev realm. */
    static String partnerToken() throws Exception {
        String cached = TOKENS.get(PARTNER);
        if (cached != null) {
            return cached;
        }
        String token = requestToken(Map.of(
                "grant_type", "client_credentials", "client_id", PARTNER, "client_secret", "partner-secret-change-me"));
        TOKENS.put(PARTNER, token);
        return token;
    }

    private static String requestToken(Map<String, String> parameters) throws Exception {
        return requestToken(platform().realmUrl(), parameters);
    }

    /** A token from the realm at {@code realmUrl} (of this or another embedded platform). */
    static String requestToken(String realmUrl, Map<String, String> parameters) throws Exception {
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    static URI gateway(String path) throws Exception {
        return URI.create(platform().url(LaunchOptions.GATEWAY) + path);
    }

    /**
     * Sends a request; an answer of the gateway's API ({@code /api/...}) is checked against the gateway's merged
     * {@code /openapi} for its operation and status (OpenApiValidation), so every end-to-end test proves the contract
     * frontend teams generate their clients from.
     */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        URI target = built.uri();
        URI api = gateway("/api/");
        // a CORS preflight (OPTIONS) is the browser's question, not an operation of the API
        if (!built.method().equals("OPTIONS")
                && target.getRawAuthority().equals(api.getRawAuthority())
                && target.getRawPath().startsWith(api.getRawPath())) {
            OpenApiValidation.check(
                    gateway("/openapi"),
                    new ObservedResponse(
                            built.method(),
                            target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()),
                            response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(null),
                            response.body(),
                            response.headers().map()));
        }
        return response;
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
