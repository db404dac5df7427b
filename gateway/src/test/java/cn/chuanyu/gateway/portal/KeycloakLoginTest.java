package cn.chuanyu.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class KeycloakLoginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakLogin login =
            new KeycloakLogin(config("https://id.chuanyu.cn/realms/chuanyu/", "chuanyu-web"));

    @Test
    void theRealmsEndpointsAreThoseOfTheConfiguredRealmAsBrowsersReachIt() {
        assertThat(login.authorizationUrl())
                .hasToString("https://id.chuanyu.cn/realms/chuanyu/protocol/openid-connect/auth");
        assertThat(login.tokenUrl()).hasToString("https://id.chuanyu.cn/realms/chuanyu/protocol/openid-connect/token");
        assertThat(login.origin()).isEqualTo("https://id.chuanyu.cn");
        assertThat(new KeycloakLogin(config("http://127.0.0.1:8180/realms/chuanyu", "web")).origin())
                .isEqualTo("http://127.0.0.1:8180");
    }

    @Test
    void everyOperationThatNeedsATokenOffersTheLoginAsAnAlternativeToPastingOne() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("""
                {"paths": {
                   "/api/conference/papers/mine": {"get": {"security": [{"jwt": []}]},
                                                   "parameters": [{"name": "x", "in": "query"}]},
                   "/api/conference/intents": {"get": {}, "post": {"security": [{"jwt": []}]}},
                   "/api/training/certificates/{number}": {"get": {"security": []}},
                   "/api/alliance/zones": {"put": {"security": [{"jwt": []}, {"keycloak": []}]}}},
                 "components": {"securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}}}}""");

        login.addTo(document);

        JsonNode scheme = document.path("components").path("securitySchemes").path("keycloak");
        assertThat(scheme.path("type").asText()).isEqualTo("oauth2");
        JsonNode flow = scheme.path("flows").path("authorizationCode");
        assertThat(flow.path("authorizationUrl").asText())
                .isEqualTo(login.authorizationUrl().toString());
        assertThat(flow.path("tokenUrl").asText()).isEqualTo(login.tokenUrl().toString());
        assertThat(flow.path("scopes").isObject()).isTrue();
        assertThat(document.path("components").path("securitySchemes").has("jwt"))
                .isTrue();

        JsonNode paths = document.path("paths");
        assertThat(paths.path("/api/conference/papers/mine")
                        .path("get")
                        .path("security")
                        .toString())
                .isEqualTo("[{\"jwt\":[]},{\"keycloak\":[]}]");
        assertThat(paths.path("/api/conference/intents")
                        .path("post")
                        .path("security")
                        .toString())
                .isEqualTo("[{\"jwt\":[]},{\"keycloak\":[]}]");
        // public operations stay public, and an operation already offering the login gets it once
        assertThat(paths.path("/api/conference/intents").path("get").has("security"))
                .isFalse();
        assertThat(paths.path("/api/training/certificates/{number}")
                        .path("get")
                        .path("security")
                        .toString())
                .isEqualTo("[]");
        assertThat(paths.path("/api/alliance/zones")
                        .path("put")
                        .path("security")
                        .toString())
                .isEqualTo("[{\"jwt\":[]},{\"keycloak\":[]}]");
    }

    private static PortalConfig config(String authServerUrl, String clientId) {
        return new PortalConfig() {
            @Override
            public String authServerUrl() {
                return authServerUrl;
            }

            @Override
            public String clientId() {
                return clientId;
            }
        };
    }
}
