package cn.chuanyu.gateway.limits;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.ProblemBody;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;

/**
 * Request bodies over {@code chuanyu.gateway.limits.max-body-size} get a 413 problem. A declared Content-Length is
 * judged before anything else is done for the request; a body streamed without one is counted on its way to the service
 * ({@link #guard()}) and cut off at the limit.
 *
 * <p>The rest of a refused body is read and thrown away, up to as much again as the limit, so that the client, still
 * sending, reads the 413 rather than a reset connection; a larger one is cut off by closing the connection.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ProblemBody problems;

    BodySizeLimit(LimitsConfig config, ProblemBody problems) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.BODY_SIZE).handler(this::checkDeclaredLength);
    }

    /** For a proxy: counts a streamed body and answers 413 when it grows over the limit. */
    public ProxyInterceptor guard() {
        return new StreamedBodyGuard(maxBytes, this);
    }

    ProblemBody.Localised problem(HttpServerRequest request) {
        return ProblemBody.problem(
                request, Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "payload-too-large", maxBytes);
    }

    ProblemBody problems() {
        return problems;
    }

    /** How much of a refused body is read and discarded before the connection is closed instead. */
    long discardAllowance() {
        return maxBytes;
    }

    private void checkDeclaredLength(RoutingContext rc) {
        long declared = declaredLength(rc.request());
        if (declared <= maxBytes) {
            rc.next();
            return;
        }
        if (declared > maxBytes + discardAllowance()) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        } else {
            Discard.rest(rc.request(), declared);
        }
        problems.send(rc.response(), problem(rc.request()));
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
