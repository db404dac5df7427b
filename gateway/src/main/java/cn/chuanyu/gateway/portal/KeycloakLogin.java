package cn.chuanyu.gateway.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * Login with Keycloak in the merged document: an OAuth2 security scheme ({@value #SCHEME}, authorization code, which
 * the portal runs with PKCE) at the realm's endpoints as browsers reach them, offered on every operation that requires
 * a token, next to the services' own bearer scheme (where a token can still be pasted).
 */
@ApplicationScoped
public class KeycloakLogin {

    static final String SCHEME = "keycloak";

    private final URI authorizationUrl;
    private final URI tokenUrl;
    private final String clientId;

    KeycloakLogin(PortalConfig config) {
        String realm = config.authServerUrl().trim().replaceAll("/+$", "");
        this.authorizationUrl = URI.create(realm + "/protocol/openid-connect/auth");
        this.tokenUrl = URI.create(realm + "/protocol/openid-connect/token");
        this.clientId = config.clientId();
    }

    URI authorizationUrl() {
        return authorizationUrl;
    }

    URI tokenUrl() {
        return tokenUrl;
    }

    String clientId() {
        return clientId;
    }

    /** Scheme, host and port of the token endpoint: the portal's scripts call it from the browser. */
    String origin() {
        return tokenUrl.getScheme() + "://" + tokenUrl.getRawAuthority();
    }

    /**
     * Adds the scheme and offers it as one more alternative on every operation that requires some security: all of the
     * platform's take the realm's tokens, whatever their services named their own bearer scheme.
     */
    ObjectNode addTo(ObjectNode document) {
        document.with("components")
                .with("securitySchemes")
                .putObject(SCHEME)
                .put("type", "oauth2")
                .put(
                        "description",
                        "Log in with the platform's Keycloak (client " + clientId
                                + ", authorization code with PKCE); "
                                + "the portal then sends the access token as a bearer token.")
                .putObject("flows")
                .putObject("authorizationCode")
                .put("authorizationUrl", authorizationUrl.toString())
                .put("tokenUrl", tokenUrl.toString())
                .putObject("scopes");
        document.path("paths")
                .forEach(path -> path.forEach(operation -> {
                    if (operation.path("security") instanceof ArrayNode security
                            && !security.isEmpty()
                            && security.findParent(SCHEME) == null) {
                        security.addObject().putArray(SCHEME);
                    }
                }));
        return document;
    }
}
