package cn.chuanyu.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * A bearer {@code Authorization} header must be exactly {@code Bearer <b64token>} (RFC 6750 §2.1), or the request fails
 * authentication, as one with an invalid token does. Quarkus OIDC takes everything after the scheme as the token, and a
 * value such as two tokens separated by a space is then not verified as one JWT but may be sent to the identity
 * provider's introspection, which accepts it. Runs before authentication (after CORS, so preflights are untouched);
 * other schemes are left to the authentication mechanisms.
 */
@ApplicationScoped
public class OneBearerToken {

    private static final Pattern BEARER_SCHEME = Pattern.compile("(?i)bearer(\\s.*)?");
    private static final Pattern ONE_TOKEN = Pattern.compile("(?i)bearer [A-Za-z0-9._~+/-]+=*");

    void register(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.AUTHENTICATION + 50);
    }

    private void check(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null
                && BEARER_SCHEME.matcher(authorization).matches()
                && !ONE_TOKEN.matcher(authorization).matches()) {
            rc.fail(new AuthenticationFailedException("the Authorization header is not one bearer token"));
            return;
        }
        rc.next();
    }
}
