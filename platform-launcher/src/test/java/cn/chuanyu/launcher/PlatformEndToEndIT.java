package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded platform as a user meets it: a token from the real Keycloak for a demo user, calls through the gateway,
 * and an event's effect in another service (conference's outbox, Kafka, alliance's inbox), all packaged applications in
 * their own processes.
 */
class PlatformEndToEndIT {

    private static final ObjectMapper JSON = PlatformUnderTest.JSON;

    @BeforeAll
    static void startPlatform() throws Exception {
        PlatformUnderTest.platform();
    }

    @Test
    void aResearchersIntentPublishedThroughTheGatewayAppearsOnTheAllianceBoardAndLeavesItWhenWithdrawn()
            throws Exception {
        String token = PlatformUnderTest.token("fancong");
        HttpResponse<String> created = send(HttpRequest.newBuilder(gateway("/api/conference/intents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kind": "OFFER", "title": "新型有机钾离子电池成果转化",
                         "summary": "希望与重庆的化学、材料等领域的科技工作者联合攻关，并与重庆的汽车企业开展产学研合作。",
                         "disciplines": ["化学", "材料科学"], "keywords": ["钾离子电池"],
                         "partnerTypesSought": ["UNIVERSITY", "ENTERPRISE"], "regionsSought": ["CHONGQING"],
                         "institution": "电子科技大学"}""")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode intent = JSON.readTree(created.body());
        assertThat(intent.get("publishedBy").asText()).isEqualTo("fancong");
        String link = "/api/conference/intents/" + intent.get("id").asText();
        // built from the configured public base URL (the gateway's origin), never from the service's own address
        assertThat(created.headers().firstValue("Location"))
                .hasValue(gateway(link).toString());

        JsonNode offer = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> offerLinkingTo(link), o -> o != null);
        assertThat(offer.get("title").asText()).isEqualTo("新型有机钾离子电池成果转化");
        assertThat(offer.get("institution").asText()).isEqualTo("电子科技大学");

        HttpResponse<String> withdrawn = send(HttpRequest.newBuilder(gateway(link + "/withdrawal"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> offerLinkingTo(link) == null);
    }

    @Test
    void theDemoDataOfTheSourcePageIsThereAndItsIntentReachedTheAllianceBoard() throws Exception {
        HttpResponse<String> conferences = send(
                HttpRequest.newBuilder(gateway("/api/conference/conferences")).GET());
        JsonNode first = JSON.readTree(conferences.body()).get("items").get(0);
        assertThat(first.get("name").asText()).isEqualTo("首届川渝科技学术大会");
        // the announced award list is public: 臧志刚's special prize, no login needed
        HttpResponse<String> awards = send(HttpRequest.newBuilder(
                        gateway("/api/conference/awards/" + first.get("id").asText()))
                .GET());
        assertThat(awards.statusCode()).as(awards.body()).isEqualTo(200);
        JsonNode special = JSON.readTree(awards.body()).get("awards").get(0);
        assertThat(special.get("grade").asText()).isEqualTo("SPECIAL");
        assertThat(special.get("authors").get(0).get("institution").asText()).isEqualTo("重庆大学光电工程学院");
        JsonNode offer = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> offerTitled("新型有机钾离子电池成果转化"), o -> o != null);
        assertThat(offer.get("offeredBy").asText()).isEqualTo("fancong");
        assertThat(offer.get("institution").asText()).isEqualTo("电子科技大学");
        // the demo board of the zones, and the demands that fit 樊聪's offer (a Chengdu battery-recycling demand)
        HttpResponse<String> board = send(HttpRequest.newBuilder(gateway("/api/alliance/board-items?size=100"))
                .GET());
        assertThat(JSON.readTree(board.body()).get("items").findValuesAsText("zone"))
                .contains("chengdu", "chongqing", "mianyang");
        HttpResponse<String> matches = send(HttpRequest.newBuilder(gateway(
                        "/api/alliance/matches/offers/" + offer.get("id").asText() + "/demands"))
                .GET());
        assertThat(JSON.readTree(matches.body()).findValuesAsText("title")).contains("新能源汽车动力电池回收技术需求");
        // the alliance's first periodic release, loaded after the board, and the collected demo project
        JsonNode releases = JSON.readTree(
                send(HttpRequest.newBuilder(gateway("/api/alliance/releases")).GET())
                        .body());
        JsonNode release = releases.get("items").get(0);
        assertThat(release.get("name").asText()).isEqualTo("2020年第四季度");
        assertThat(release.get("total").asInt()).isEqualTo(5);
        JsonNode projects =
                JSON.readTree(send(HttpRequest.newBuilder(gateway("/api/alliance/projects?stage=PROJECT_COLLECTED"))
                                .GET())
                        .body());
        assertThat(projects.get("items").findValuesAsText("title")).contains("动力电池回收材料检测联合攻关项目");
    }

    @Test
    void writesNeedATokenAndTheRightRole() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(gateway("/api/conference/intents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String zoneOfficer = PlatformUnderTest.token("officer-chengdu");
        HttpResponse<String> wrongRole = send(HttpRequest.newBuilder(gateway("/api/training/programmes"))
                .header("Authorization", "Bearer " + zoneOfficer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(wrongRole.statusCode()).as(wrongRole.body()).isEqualTo(403);

        HttpResponse<String> forged = send(HttpRequest.newBuilder(gateway("/api/conference/intents"))
                .header("Authorization", "Bearer " + zoneOfficer.substring(0, zoneOfficer.length() - 4) + "AAAA")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void aZoneOfficerActsOnlyForTheZoneInTheirToken() throws Exception {
        String officer = PlatformUnderTest.token("officer-chengdu");
        String item = """
                {"zone": "%s", "kind": "DEMAND", "title": "高新区电池回收技术需求", "description": "寻求动力电池回收技术。",
                 "industries": ["新能源"], "contactName": "李主任", "validFrom": "2020-12-06", "validUntil": "2099-12-31"}""";
        HttpResponse<String> own = send(HttpRequest.newBuilder(gateway("/api/alliance/board-items"))
                .header("Authorization", "Bearer " + officer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(item.formatted("chengdu"))));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        HttpResponse<String> other = send(HttpRequest.newBuilder(gateway("/api/alliance/board-items"))
                .header("Authorization", "Bearer " + officer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(item.formatted("chongqing"))));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
    }

    @Test
    void aFrontendOnADevServerMayCallThroughTheGatewayAndEveryAnswerIsTraceable() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(gateway("/api/alliance/board-items"))
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://localhost:5173");
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(gateway("/api/alliance/zones"))
                .header("Origin", "http://evil.example")
                .GET());
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(foreign.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theGatewayServesOneOpenApiDocumentForAllThreeContexts() throws Exception {
        HttpResponse<String> document =
                send(HttpRequest.newBuilder(gateway("/openapi")).GET());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(document.body()).get("paths");
        assertThat(paths.has("/api/conference/intents")).isTrue();
        assertThat(paths.has("/api/alliance/zones")).isTrue();
        assertThat(paths.has("/api/training/programmes")).isTrue();
    }

    @Test
    void everyApplicationServesHealthAndMetricsOnItsManagementPortOnly() throws Exception {
        List<String> apps = new ArrayList<>(LaunchOptions.SERVICES);
        apps.add(LaunchOptions.GATEWAY);
        for (String app : apps) {
            String management = PlatformUnderTest.platform().managementUrl(app);
            String publicUrl = PlatformUnderTest.platform().url(app);
            HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready"))
                    .GET());
            assertThat(ready.statusCode()).as(app + " readiness").isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("UP");
            HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(management + "/q/metrics"))
                    .GET());
            assertThat(metrics.statusCode()).as(app + " metrics").isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes");
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
                assertThat(send(HttpRequest.newBuilder(URI.create(publicUrl + path))
                                        .GET())
                                .statusCode())
                        .as(app + " public " + path)
                        .isEqualTo(404);
            }
        }
    }

    private static URI gateway(String path) throws Exception {
        return PlatformUnderTest.gateway(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return PlatformUnderTest.send(request);
    }

    private static JsonNode offerLinkingTo(String link) throws Exception {
        return offerWhere("sourceLink", link);
    }

    private static JsonNode offerTitled(String title) throws Exception {
        return offerWhere("title", title);
    }

    private static JsonNode offerWhere(String field, String value) throws Exception {
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(gateway("/api/alliance/offers?size=100")).GET());
        for (JsonNode offer : JSON.readTree(page.body()).get("items")) {
            if (value.equals(offer.get(field).asText())) {
                return offer;
            }
        }
        return null;
    }
}
