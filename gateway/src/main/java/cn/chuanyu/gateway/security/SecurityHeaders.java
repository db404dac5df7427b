package cn.chuanyu.gateway.security;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.portal.PortalPage;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The standard browser security headers on every answer, the gateway's own, the services' (which they replace) and
 * refusals alike: no MIME sniffing, no framing, no referrer, a content security policy, and HSTS on HTTPS. The policy
 * is the configured strict one, except on the API portal's page and files, which get the portal's: its scripts, styles
 * and images from the gateway, calls to the gateway and Keycloak.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final SecurityHeadersConfig config;
    private final PortalPage portal;
    private final boolean hsts;

    SecurityHeaders(SecurityHeadersConfig config, PortalPage portal) {
        this.config = config;
        this.portal = portal;
        this.hsts =
                !"none".equalsIgnoreCase(this.config.strictTransportSecurity().trim());
    }

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.RESPONSE_HEADERS).handler(this::onAnswer);
    }

    private void onAnswer(RoutingContext rc) {
        // the scheme is known now; behind a trusted load balancer it is the client's (X-Forwarded-Proto)
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        String contentSecurityPolicy =
                portal.serves(rc.normalizedPath()) ? portal.contentSecurityPolicy() : config.contentSecurityPolicy();
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", config.referrerPolicy());
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            if (hsts && https) {
                headers.set("Strict-Transport-Security", config.strictTransportSecurity());
            } else {
                headers.remove("Strict-Transport-Security");
            }
        });
        rc.next();
    }
}
