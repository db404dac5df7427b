package cn.chuanyu.gateway.security;

import cn.chuanyu.gateway.ProblemBody;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;

/**
 * Authentication is proactive (Quarkus's default): a request whose bearer token is invalid, expired or meant for
 * another audience fails before any route runs, so it never reaches a service. Anonymous requests go on; the services
 * decide what needs a role. This failure handler, first of all, gives such failures the platform's problem bodies
 * instead of an empty 401 or a 500.
 */
@ApplicationScoped
public class TokenCheckFailures {

    private final ProblemBody problems;

    TokenCheckFailures(ProblemBody problems) {
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (rc.response().ended()) {
            rc.next();
        } else if (causedBy(failure, AuthenticationFailedException.class)) {
            // RFC 6750 §3.1: a token came and was refused
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.send(rc.request(), Status.UNAUTHORIZED, "unauthenticated", "invalid-token");
        } else if (causedBy(failure, OIDCException.class)) {
            // Keycloak unreachable: the token cannot be checked, which is not the client's fault
            problems.send(
                    rc.request(),
                    Status.SERVICE_UNAVAILABLE,
                    "identity-provider-unavailable",
                    "identity-provider-unavailable");
        } else {
            rc.next();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
