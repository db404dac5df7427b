package cn.chuanyu.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ServicesUp.class)
class PortalTest {

    /** Where the gateway checks tokens: the portal's default realm URL too. */
    private static String realm() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    @Test
    void theOpenApiDocumentMergesTheThreeServicesBehindTheGateway() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Chuanyu platform API"))
                .body("servers[0].url", equalTo("/"))
                .body("paths", hasKey("/api/conference/echo"))
                .body("paths", hasKey("/api/alliance/echo"))
                .body("paths", hasKey("/api/training/echo"))
                .body("paths", not(hasKey("/internal/conference")))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("alliance.Problem")))
                .body("components.schemas", hasKey("alliance.Page"))
                .body(
                        "paths.'/api/alliance/echo'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/alliance.Page"))
                .body("$", not(hasKey("x-unavailable")));
    }

    @Test
    void theDocumentGroupsOperationsByContext() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body(
                        "tags.name",
                        hasItems(
                                "conference: conference",
                                "alliance: alliance",
                                "training: training",
                                "conference",
                                "alliance",
                                "training"))
                .body("paths.'/api/training/echo'.get.tags[0]", equalTo("training: training"))
                .body("paths.'/api/training/echo'.post.tags[0]", equalTo("training"));
    }

    @Test
    void operationsThatNeedATokenOfferTheLoginWithKeycloak() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
                .body(
                        "components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        equalTo(realm() + "/protocol/openid-connect/auth"))
                .body(
                        "components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl",
                        equalTo(realm() + "/protocol/openid-connect/token"))
                .body(
                        "paths.'/api/alliance/echo'.post.security",
                        equalTo(List.of(Map.of("jwt", List.of()), Map.of("keycloak", List.of()))))
                .body("paths.'/api/alliance/echo'.get.security", equalTo(List.of()))
                .body(
                        "paths.'/api/alliance/echo/{id}'.get.security",
                        equalTo(List.of(Map.of("jwt", List.of()), Map.of("keycloak", List.of()))))
                .body("$", not(hasKey("security")));
    }

    @Test
    void theMergedDocumentKeepsLicenceServersPublicOperationsAndEveryReference() throws Exception {
        String body = given().get("/openapi").then().statusCode(200).extract().asString();
        // for a standard linter: cd /tmp/lint && npx redocly lint gateway/target/openapi/merged-test-document.json
        Path written = Path.of("target", "openapi", "merged-test-document.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, body);

        JsonNode document = new ObjectMapper().readTree(body);
        assertThat(document.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
        assertThat(document.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
        List<String> unresolved = new ArrayList<>();
        references(document, document, unresolved);
        assertThat(unresolved).isEmpty();
        // defined alike by the three services: one component; defined differently: one per context
        assertThat(document.at("/components/responses").size()).isEqualTo(1);
        assertThat(document.at("/components/parameters").properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("Id", "alliance.Id", "training.Id", "notifications.Id");
        assertThat(document.at("/paths/~1api~1training~1echo~1{id}/get/parameters/0/$ref")
                        .asText())
                .isEqualTo("#/components/parameters/training.Id");
        // operation ids stay unique
        assertThat(List.of(
                        document.at("/paths/~1api~1conference~1echo/get/operationId")
                                .asText(),
                        document.at("/paths/~1api~1alliance~1echo/get/operationId")
                                .asText(),
                        document.at("/paths/~1api~1training~1echo/get/operationId")
                                .asText()))
                .containsExactly("echo", "alliance.echo", "training.echo");
    }

    /** Collects every {@code $ref} of {@code node} that does not point at something in {@code document}. */
    private static void references(JsonNode document, JsonNode node, List<String> unresolved) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            String pointer = ref.asText().startsWith("#") ? ref.asText().substring(1) : ref.asText();
            if (!ref.asText().startsWith("#") || document.at(pointer).isMissingNode()) {
                unresolved.add(ref.asText());
            }
        }
        node.forEach(child -> references(document, child, unresolved));
    }

    @Test
    void thePortalIsSwaggerUiServedByTheGatewayWithTheLoginOfTheFrontendClient() {
        String page = given().get("/")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .body(containsString("<script src=\"portal/swagger-ui-bundle.js\"></script>"))
                .body(containsString("<script src=\"portal/portal.js\"></script>"))
                .body(containsString("data-openapi=\"openapi\""))
                .body(containsString("data-oauth2-redirect=\"portal/oauth2-redirect.html\""))
                .body(containsString("data-client-id=\"chuanyu-web\""))
                .extract()
                .asString();
        // every script is a file of the gateway's: the page's policy allows no inline script
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find())
                .isFalse();
        assertThat(page).doesNotContain("http://", "https://", "//cdn");
    }

    @Test
    void swaggerUisFilesAndTheRedirectPageAreTheGatewaysOwn() {
        given().get("/portal/swagger-ui-bundle.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("SwaggerUIBundle"));
        given().get("/portal/swagger-ui.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/portal/portal.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
        given().get("/portal/oauth2-redirect.html")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<script src=\"oauth2-redirect.js\">"));
        given().get("/portal/oauth2-redirect.js")
                .then()
                .statusCode(200)
                .body(containsString("swaggerUIRedirectOauth2"));
        // only what the portal uses: not Swagger UI's demo page
        given().get("/portal/index.html").then().statusCode(404);
        given().get("/portal/swagger-initializer.js").then().statusCode(404);
    }

    @Test
    void thePortalsPagesMayRunTheGatewaysScriptsAndCallKeycloakTheApiMayNot() {
        String keycloak = realm().replaceFirst("^(https?://[^/]+).*$", "$1");
        String portalPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + keycloak + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        given().get("/").then().statusCode(200).header("Content-Security-Policy", equalTo(portalPolicy));
        given().get("/portal/oauth2-redirect.html")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", equalTo(portalPolicy));
        String strict = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        given().get("/openapi").then().statusCode(200).header("Content-Security-Policy", equalTo(strict));
        given().get("/api/conference/echo").then().statusCode(200).header("Content-Security-Policy", equalTo(strict));
    }
}
