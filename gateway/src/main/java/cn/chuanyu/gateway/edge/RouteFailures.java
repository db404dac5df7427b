package cn.chuanyu.gateway.edge;

import cn.chuanyu.gateway.ProblemBody;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;

/**
 * Every failure of a route that nothing else answered, as a problem instead of Quarkus's default error page: the
 * router's own refusals (405 for a method a route does not take, 400, 404, 413) keep their status with the platform's
 * type for it; anything unexpected is a 500 {@code internal-error}, logged with the request id. The failure handlers of
 * specific failures ({@code TokenCheckFailures}) run first.
 */
@ApplicationScoped
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final ProblemBody problems;

    RouteFailures(ProblemBody problems) {
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            // too late for a problem: the client has the head of another answer already
            if (!rc.response().ended()) {
                rc.response().reset();
            }
            return;
        }
        int status = rc.failure() instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
        switch (status) {
            case 400 -> problems.send(rc.request(), Status.BAD_REQUEST, "bad-request", "http-bad-request");
            case 401 -> {
                rc.response().putHeader("WWW-Authenticate", "Bearer");
                problems.send(rc.request(), Status.UNAUTHORIZED, "unauthenticated", "unauthenticated");
            }
            case 403 -> problems.send(rc.request(), Status.FORBIDDEN, "forbidden", "roles-forbid");
            case 404 -> problems.send(rc.request(), Status.NOT_FOUND, "not-found", "http-not-found");
            case 405 ->
                problems.send(rc.request(), Status.METHOD_NOT_ALLOWED, "method-not-allowed", "http-method-not-allowed");
            case 413 ->
                problems.send(
                        rc.request(),
                        Status.REQUEST_ENTITY_TOO_LARGE,
                        "request-entity-too-large",
                        "http-request-entity-too-large");
            default -> {
                Response.StatusType known = Status.fromStatusCode(status);
                if (known != null && status >= 400 && status < 500) {
                    problems.send(rc.request(), known, "bad-request", "http-client-error", status);
                } else {
                    LOG.errorf(
                            rc.failure(),
                            "Unexpected failure of %s %s (request id %s)",
                            rc.request().method(),
                            rc.request().path(),
                            rc.request().getHeader("X-Request-Id"));
                    rc.response().headers().remove(HttpHeaders.CONTENT_LENGTH);
                    problems.send(rc.request(), Status.INTERNAL_SERVER_ERROR, "internal-error", "internal-error");
                }
            }
        }
    }
}
