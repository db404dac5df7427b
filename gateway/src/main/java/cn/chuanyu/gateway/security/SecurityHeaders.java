package cn.chuanyu.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import cn.chuanyu.gateway.EdgeOrder;

/**
 * The standard browser security headers on every answer, the gateway's own, the services' (which
 * they replace) and refusals alike: no MIME sniffing, no framing, no referrer, a content security
 * policy, and HSTS on HTTPS.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final SecurityHeadersConfig config;
    private final boolean hsts;

    SecurityHeaders(SecurityHeadersConfig config) {
        this.config = config;
        this.hsts = !"none".equalsIgnoreCase(this.config.strictTransportSecurity().trim());
    }

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.RESPONSE_HEADERS).handler(this::onAnswer);
    }

    private void onAnswer(RoutingContext rc) {
        // the scheme is known now; behind a trusted load balancer it is the client's (X-Forwarded-Proto)
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", config.referrerPolicy());
            headers.set("Content-Security-Policy", config.contentSecurityPolicy());
            if (hsts && https) {
                headers.set("Strict-Transport-Security", config.strictTransportSecurity());
            } else {
                headers.remove("Strict-Transport-Security");
            }
        });
        rc.next();
    }
}
