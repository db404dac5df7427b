package cn.chuanyu.gateway.limits;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.ProblemBody;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.regex.Pattern;

/**
 * Request bodies over {@code chuanyu.gateway.limits.max-body-size} get a 413 problem; uploads (POST or PUT on a path of
 * {@code chuanyu.gateway.limits.upload.paths}) over {@code chuanyu.gateway.limits.upload.max-body-size}. A declared
 * Content-Length is judged before anything else is done for the request; a body streamed without one is counted on its
 * way to the service ({@link #guard()}) and cut off at the limit.
 *
 * <p>The rest of a refused body is read and thrown away, up to as much again as the limit, so that the client, still
 * sending, reads the 413 rather than a reset connection; a larger one is cut off by closing the connection.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final Pattern uploadPaths;
    private final ProblemBody problems;

    BodySizeLimit(LimitsConfig config, ProblemBody problems) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.maxUploadBytes = config.upload().maxBodySize().asLongValue();
        this.uploadPaths = Pattern.compile(config.upload().paths());
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.BODY_SIZE).handler(this::checkDeclaredLength);
    }

    /** For a proxy: counts a streamed body and answers 413 when it grows over the limit. */
    public ProxyInterceptor guard() {
        return new StreamedBodyGuard(this);
    }

    /** The request's limit: the upload limit for an upload route, the general one for everything else. */
    long maxBytes(HttpServerRequest request) {
        boolean upload = (request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT)
                && uploadPaths.matcher(request.path()).matches();
        return upload ? maxUploadBytes : maxBytes;
    }

    ProblemBody.Localised problem(HttpServerRequest request) {
        return ProblemBody.problem(
                request, Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "payload-too-large", maxBytes(request));
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
        long limit = maxBytes(rc.request());
        if (declared <= limit) {
            rc.next();
            return;
        }
        if (declared > limit + discardAllowance()) {
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
