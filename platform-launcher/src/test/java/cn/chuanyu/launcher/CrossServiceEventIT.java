package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Both sides for real: the packaged conference and alliance services, each with its own database
 * on a real PostgreSQL, exchanging events through a real Kafka broker via outbox and inbox.
 */
class CrossServiceEventIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedPlatform platform;
    private static TestTokens tokens;

    @BeforeAll
    static void startPlatform() throws Exception {
        tokens = new TestTokens();
        Path home = Path.of(System.getProperty("chuanyu.home", "..")).toAbsolutePath().normalize();
        platform = EmbeddedPlatform.start(new LaunchOptions(home, Files.createTempDirectory("chuanyu-it-"), false, 0, 0,
                Map.of(), // an empty auth-server-url unsets it: tokens are verified with the test key alone
                Map.of("QUARKUS_OIDC_PUBLIC_KEY", tokens.publicKey(), "QUARKUS_OIDC_AUTH_SERVER_URL", "")));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anIntentPublishedInTheConferenceContextAppearsOnTheAllianceBoardAndLeavesItWhenWithdrawn() throws Exception {
        String token = tokens.issue("fancong", List.of("researcher"));
        String body = """
                {"kind": "OFFER", "title": "新型有机钾离子电池成果转化",
                 "summary": "希望与重庆的化学、材料等领域的科技工作者联合攻关，并与重庆的汽车企业开展产学研合作。",
                 "disciplines": ["化学", "材料科学"], "keywords": ["钾离子电池"],
                 "partnerTypesSought": ["UNIVERSITY", "ENTERPRISE"], "regionsSought": ["CHONGQING"],
                 "institution": "电子科技大学"}""";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(conference("/api/conference/intents"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String intentId = JSON.readTree(created.body()).get("id").asText();
        String link = "/api/conference/intents/" + intentId;

        JsonNode offer = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> offerLinkingTo(link), o -> o != null);
        assertThat(offer.get("title").asText()).isEqualTo("新型有机钾离子电池成果转化");
        assertThat(offer.get("institution").asText()).isEqualTo("电子科技大学");

        HttpResponse<String> withdrawn = HTTP.send(HttpRequest.newBuilder(conference(link + "/withdrawal"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> offerLinkingTo(link) == null);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String forged = new TestTokens().issue("fancong", List.of("researcher"));
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(conference("/api/conference/intents"))
                .header("Authorization", "Bearer " + forged).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private static URI conference(String path) {
        return URI.create(platform.url("conference-service") + path);
    }

    private static JsonNode offerLinkingTo(String link) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                URI.create(platform.url("alliance-service") + "/api/alliance/offers?size=100")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode offer : JSON.readTree(page.body()).get("items")) {
            if (link.equals(offer.get("sourceLink").asText())) {
                return offer;
            }
        }
        return null;
    }
}
