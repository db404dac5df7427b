package cn.chuanyu.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A bearer {@code Authorization} header must be exactly {@code Bearer <b64token>} (RFC 6750 §2.1), or the request fails
 * authentication, as one with an invalid token does. Quarkus OIDC takes everything after the scheme as the token, and a
 * value such as two tokens separated by a space is then not verified as one JWT but may be sent to the identity
 * provider's introspection, which accepts it. Runs before authentication (after CORS, so preflights are untouched);
 * other schemes are left to the authentication mechanisms.
 */
@ApplicationScoped
public class OneBearerToken {

    private static final String SCHEME = "Bearer";

    void register(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.AUTHENTICATION + 50);
    }

    private void check(RoutingContext rc) {
        if (isMalformed(rc.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            rc.fail(new AuthenticationFailedException("the Authorization header is not one bearer token"));
            return;
        }
        rc.next();
    }

    /**
     * Whether the header names the bearer scheme (any case, alone or followed by white space) without being exactly the
     * scheme, one space and one b64token. A scan, not a regular expression: a case-insensitive pattern over a JWT of a
     * thousand characters took a quarter of a service's CPU on its write path.
     */
    static boolean isMalformed(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        int end = authorization.length();
        int at = SCHEME.length();
        if (at < end && !Character.isWhitespace(authorization.charAt(at))) {
            return false; // another scheme that starts with "bearer"
        }
        if (at == end || authorization.charAt(at) != ' ') {
            return true;
        }
        int token = ++at;
        while (at < end && isTokenCharacter(authorization.charAt(at))) {
            at++;
        }
        if (at == token) {
            return true;
        }
        while (at < end && authorization.charAt(at) == '=') {
            at++;
        }
        return at != end;
    }

    /** b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
    private static boolean isTokenCharacter(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }
}
