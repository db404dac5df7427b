package cn.chuanyu.launcher;

import static cn.chuanyu.launcher.PlatformUnderTest.JSON;
import static cn.chuanyu.launcher.PlatformUnderTest.gateway;
import static cn.chuanyu.launcher.PlatformUnderTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway and the services remember a bearer token once Keycloak's signature on it is verified (platform-security's
 * VerifiedTokens): proven with real tokens that a remembered token keeps its own identity and that one assembled from
 * the parts of two accepted tokens is still refused, at the edge and by the service itself.
 */
class VerifiedTokensIT {

    private static final String INTENT = """
            {"kind": "SEEK", "title": "寻求钒钛新材料合作伙伴", "summary": "面向攀西地区的钒钛资源综合利用。",
             "disciplines": ["材料科学"], "keywords": ["钒钛"], "partnerTypesSought": ["ENTERPRISE"],
             "regionsSought": ["SICHUAN"], "institution": "四川大学"}""";

    private static final Pattern HITS = Pattern.compile(
            "(?m)^cache_gets_total\\{(?=[^}]*cache=\"verified_tokens\")(?=[^}]*result=\"hit\")[^}]*} (\\S+)$");

    @BeforeAll
    static void startPlatform() throws Exception {
        PlatformUnderTest.platform();
    }

    @Test
    void twoResearchersTokensUsedInTurnAreRememberedAndEachKeepTheirOwnIdentity() throws Exception {
        String fancong = PlatformUnderTest.token("fancong");
        String guochao = PlatformUnderTest.token("guochao");
        long gatewayHits = rememberedTokensTaken(LaunchOptions.GATEWAY);
        long conferenceHits = rememberedTokensTaken("conference-service");
        for (int round = 0; round < 3; round++) {
            assertThat(publishedBy(publish(gateway("/api/conference/intents"), fancong)))
                    .isEqualTo("fancong");
            assertThat(publishedBy(publish(gateway("/api/conference/intents"), guochao)))
                    .isEqualTo("guochao");
        }
        // each token verified at most once in each, and taken from memory for the later rounds
        assertThat(rememberedTokensTaken(LaunchOptions.GATEWAY) - gatewayHits).isGreaterThanOrEqualTo(4);
        assertThat(rememberedTokensTaken("conference-service") - conferenceHits).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aTokenMadeOfTheSignatureOfOneAcceptedTokenAndTheClaimsOfAnotherIsRefused() throws Exception {
        String fancong = PlatformUnderTest.token("fancong");
        String organiser = PlatformUnderTest.token("organiser");
        URI viaGateway = gateway("/api/conference/intents");
        URI direct = URI.create(PlatformUnderTest.platform().url("conference-service") + "/api/conference/intents");
        assertThat(publish(viaGateway, fancong).statusCode()).isEqualTo(201);
        assertThat(publish(direct, fancong).statusCode()).isEqualTo(201);
        assertThat(publish(viaGateway, organiser).statusCode())
                .as("organisers publish no intents")
                .isEqualTo(403);

        String[] genuine = fancong.split("\\.");
        String forged = genuine[0] + "." + organiser.split("\\.")[1] + "." + genuine[2];
        assertThat(publish(viaGateway, forged).statusCode()).isEqualTo(401);
        assertThat(publish(direct, forged).statusCode()).isEqualTo(401);
        String reversed = genuine[0] + "." + genuine[1] + "." + organiser.split("\\.")[2];
        assertThat(publish(direct, reversed).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> publish(URI intents, String token) throws Exception {
        return send(HttpRequest.newBuilder(intents)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(INTENT)));
    }

    /** The cache's hits as the application's Prometheus metrics count them (management port). */
    private static long rememberedTokensTaken(String app) throws Exception {
        HttpResponse<String> metrics = PlatformUnderTest.HTTP.send(
                HttpRequest.newBuilder(URI.create(PlatformUnderTest.platform().managementUrl(app) + "/q/metrics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        Matcher hits = HITS.matcher(metrics.body());
        assertThat(hits.find())
                .as("cache_gets_total of verified_tokens, result hit, in " + app)
                .isTrue();
        return (long) Double.parseDouble(hits.group(1));
    }

    private static String publishedBy(HttpResponse<String> created) throws Exception {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("publishedBy").asText();
    }
}
