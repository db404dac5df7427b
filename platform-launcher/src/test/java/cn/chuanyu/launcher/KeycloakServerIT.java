package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Keycloak with the project's realm file: the tokens are what the services and partners rely on. */
class KeycloakServerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String realmUrl;

    /**
     * The platform's own Keycloak, shared with the other end-to-end tests: a second Keycloak on the same cache
     * directory (its H2 database) could not start while the platform's runs, which depended on the order Failsafe ran
     * the classes.
     */
    @BeforeAll
    static void startPlatform() throws Exception {
        realmUrl = PlatformUnderTest.platform().realmUrl();
    }

    @Test
    void aResearchersTokenCarriesTheServicesAudienceTheirRoleAndTheirChineseName() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("fancong", "fancong-pass"));

        assertThat(audiences(claims)).contains("chuanyu-api");
        assertThat(realmRoles(claims)).contains("researcher").doesNotContain("organiser", "reviewer");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("fancong");
        assertThat(claims.get("family_name").asText()).isEqualTo("樊");
        assertThat(claims.get("institution").asText()).isEqualTo("电子科技大学");
        assertThat(claims.get("iss").asText()).isEqualTo(realmUrl);
    }

    @Test
    void aZoneOfficersTokenNamesTheirZone() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("officer-chengdu", "officer-chengdu-pass"));

        assertThat(claims.get("zone").asText()).isEqualTo("chengdu");
        assertThat(realmRoles(claims)).contains("zone-officer");
        assertThat(audiences(claims)).contains("chuanyu-api");
    }

    @Test
    void aPartnerSystemGetsAPartnerTokenWithItsClientCredentialsOnly() throws Exception {
        JsonNode claims = accessTokenClaims(token(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "chuanyu-partner",
                "client_secret",
                "partner-secret-change-me")));

        assertThat(realmRoles(claims)).contains("partner");
        assertThat(audiences(claims)).contains("chuanyu-api");
        assertThat(token(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "chuanyu-partner",
                                "client_secret",
                                "partner-secret-change-me",
                                "username",
                                "fancong",
                                "password",
                                "fancong-pass"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void notificationServiceReadsTheMembersOfTheRolesItNotifies() throws Exception {
        HttpResponse<String> grant = token(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "chuanyu-notification",
                "client_secret",
                "notification-secret-change-me"));
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(200);
        String serviceAccount = JSON.readTree(grant.body()).get("access_token").asText();

        // what its Directory asks: a zone's officers (with their zone attribute) and the secretariat's staff
        JsonNode officers = admin(serviceAccount, "/roles/zone-officer/users?briefRepresentation=false&max=1000");
        assertThat(officers.findValuesAsText("username")).contains("officer-chengdu", "officer-chongqing");
        for (JsonNode officer : officers) {
            if (officer.path("username").asText().equals("officer-chengdu")) {
                assertThat(texts(officer.path("attributes").path("zone"))).containsExactly("chengdu");
            }
        }
        assertThat(admin(serviceAccount, "/roles/alliance-secretariat/users?briefRepresentation=true&max=1000")
                        .findValuesAsText("username"))
                .contains("secretariat");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assertThat(passwordGrant("fancong", "not-the-password").statusCode()).isEqualTo(401);
    }

    @Test
    void theFrontendClientRefusesAnAuthorizationRequestWithoutPkce() throws Exception {
        String query = form(Map.of(
                "client_id",
                "chuanyu-web",
                "response_type",
                "code",
                "scope",
                "openid",
                "redirect_uri",
                "http://127.0.0.1:3000/callback"));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/auth?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .startsWith("http://127.0.0.1:3000/callback")
                .contains("error=invalid_request")
                .contains("code_challenge");
    }

    @Test
    void aFrontendOnALocalDevServerMayReadTheTokenResponseAndAnotherSiteMayNot() throws Exception {
        assertThat(passwordGrant("trainee", "trainee-pass", "http://localhost:5173")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .contains("http://localhost:5173");
        assertThat(passwordGrant("trainee", "trainee-pass", "http://elsewhere.example")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        return passwordGrant(username, password, null);
    }

    private static HttpResponse<String> passwordGrant(String username, String password, String origin)
            throws Exception {
        return token(
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "chuanyu-web",
                        "username",
                        username,
                        "password",
                        password),
                origin);
    }

    private static HttpResponse<String> token(Map<String, String> parameters) throws Exception {
        return token(parameters, null);
    }

    private static HttpResponse<String> token(Map<String, String> parameters, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin); // as a browser sends it from a page on that origin
        }
        return HTTP.send(
                request.POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A read of the realm's admin REST API with the given token; fails unless answered 200. */
    private static JsonNode admin(String accessToken, String path) throws Exception {
        String realmAdmin = realmUrl.replace("/realms/", "/admin/realms/");
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(realmAdmin + path))
                        .header("Authorization", "Bearer " + accessToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The payload of the access token: what a service sees once it verified the signature. */
    private static JsonNode accessTokenClaims(HttpResponse<String> tokenResponse) throws IOException {
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        String accessToken =
                JSON.readTree(tokenResponse.body()).get("access_token").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }

    /** {@code aud} is a string for one audience and an array for several. */
    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    private static List<String> realmRoles(JsonNode claims) {
        return texts(claims.path("realm_access").path("roles"));
    }

    private static List<String> texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
