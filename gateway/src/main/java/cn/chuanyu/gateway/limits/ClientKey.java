package cn.chuanyu.gateway.limits;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a request counts for: {@code sub:<subject>} of a valid token (checked by Quarkus before this is asked), else
 * {@code addr:<client address>} (the real client's when Quarkus is told to trust a load balancer's X-Forwarded-For).
 * Never the token itself, so it can be logged.
 */
public final class ClientKey {

    private ClientKey() {}

    public static String of(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            return "sub:" + subject(user.getSecurityIdentity());
        }
        SocketAddress remote = rc.request().remoteAddress();
        return "addr:" + (remote == null ? "unknown" : remote.hostAddress());
    }

    private static String subject(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }
}
