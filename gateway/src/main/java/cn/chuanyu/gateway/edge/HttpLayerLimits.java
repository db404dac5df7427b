package cn.chuanyu.gateway.edge;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.ProblemBody;
import cn.chuanyu.gateway.limits.LimitsConfig;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The HTTP layer's own refusals of a request line or header section that is too long, as problems with a request id and
 * the security headers like every other answer.
 *
 * <p>Vert.x refuses what its decoder will not read (414, 431, 400) with an empty answer, before any route runs: no
 * route, header handler or failure handler of Quarkus's router sees such a request, and Quarkus offers no hook for
 * Vert.x's {@code invalidRequestHandler}. So the decoder's limits are raised to ceilings well above the documented ones
 * ({@link HttpServerOptionsCustomizer}), and the documented limits are enforced here, in the first route after tracing
 * and security headers. Only a request beyond the ceilings, or bytes that are no HTTP request at all, still get
 * Vert.x's empty answer or a closed connection.
 *
 * <p>Nothing here is specific to the gateway: a service can use the same two beans.
 */
@ApplicationScoped
public class HttpLayerLimits implements HttpServerOptionsCustomizer {

    /** RFC 6585; not among JAX-RS's constants. */
    static final Response.StatusType HEADER_FIELDS_TOO_LARGE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 431;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Request Header Fields Too Large";
        }
    };

    private static final Logger LOG = Logger.getLogger(HttpLayerLimits.class);
    /** " HTTP/1.1" and the line end after method and request target. */
    private static final int REQUEST_LINE_OVERHEAD = 11;
    /** ": " and the line end of each header field. */
    private static final int HEADER_FIELD_OVERHEAD = 4;

    private final long maxRequestLine;
    private final long maxHeaderSize;
    private final int ceilingRequestLine;
    private final int ceilingHeaderSize;
    private final ProblemBody problems;

    HttpLayerLimits(LimitsConfig config, ProblemBody problems) {
        this.maxRequestLine = config.maxRequestLine().asLongValue();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
        this.ceilingRequestLine = (int) Math.min(
                Integer.MAX_VALUE, config.decoderCeiling().requestLine().asLongValue());
        this.ceilingHeaderSize = (int)
                Math.min(Integer.MAX_VALUE, config.decoderCeiling().headerSize().asLongValue());
        this.problems = problems;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raise(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raise(options);
    }

    private void raise(HttpServerOptions options) {
        if (ceilingRequestLine <= maxRequestLine || ceilingHeaderSize <= maxHeaderSize) {
            LOG.warnf(
                    "Vert.x's decoder ceilings (%d, %d bytes) are not above the documented limits (%d, %d bytes): "
                            + "some refusals will be empty answers, not problems",
                    ceilingRequestLine, ceilingHeaderSize, maxRequestLine, maxHeaderSize);
        }
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), ceilingRequestLine));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), ceilingHeaderSize));
    }

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.HTTP_LAYER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long requestLine =
                request.method().name().length() + (long) request.uri().length() + REQUEST_LINE_OVERHEAD;
        if (requestLine > maxRequestLine) {
            refuse(rc, Status.REQUEST_URI_TOO_LONG, "uri-too-long", maxRequestLine);
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + HEADER_FIELD_OVERHEAD;
        }
        if (headers > maxHeaderSize) {
            refuse(rc, HEADER_FIELDS_TOO_LARGE, "request-header-fields-too-large", maxHeaderSize);
            return;
        }
        rc.next();
    }

    private void refuse(RoutingContext rc, Response.StatusType status, String slug, long limit) {
        // whatever body may follow is not read: the connection is closed after the answer
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(rc.request(), status, slug, slug, limit);
    }
}
