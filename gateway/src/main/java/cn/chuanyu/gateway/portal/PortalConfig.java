package cn.chuanyu.gateway.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the API portal's users log in: the Keycloak realm as their browser reaches it, and the frontend client. */
@ConfigMapping(prefix = "chuanyu.gateway.portal")
public interface PortalConfig {

    /**
     * The realm's URL as browsers reach it (the portal sends them to its login page and its token endpoint). Defaults
     * to the URL the gateway checks tokens against, which is right when both see Keycloak at the same address; behind a
     * reverse proxy or in compose (where the gateway reaches {@code keycloak:8080}) set the public one, e.g.
     * {@code CHUANYU_GATEWAY_PORTAL_AUTH_SERVER_URL=https://id.chuanyu.cn/realms/chuanyu}.
     */
    @WithDefault("${quarkus.oidc.auth-server-url}")
    String authServerUrl();

    /** The realm's public client for frontends: authorization code with PKCE, the portal's redirect URI allowed. */
    @WithDefault("chuanyu-web")
    String clientId();
}
