package cn.chuanyu.web.tracing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id and W3C traceparent the gateway created (or a well-formed one of a direct caller, else a new
 * request id) into the logging context of the request: log lines show it (%X{requestId}), and the outbox writes both
 * into the events the request causes. With tracing off, the traceparent's trace id goes there too (%X{traceId}); with
 * tracing on, OpenTelemetry puts its own trace and span ids there.
 */
public class RequestTrace {

    public static final String REQUEST_ID = "requestId";
    public static final String TRACEPARENT = "traceparent";
    /** OpenTelemetry's logging key for the trace id (its span id is {@code spanId}). */
    public static final String TRACE_ID = "traceId";

    private static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern W3C_TRACEPARENT =
            Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        String id = request.getHeaderString(REQUEST_ID_HEADER);
        MDC.put(
                REQUEST_ID,
                id != null && WELL_FORMED_ID.matcher(id).matches()
                        ? id
                        : UUID.randomUUID().toString());
        String traceparent = request.getHeaderString(TRACEPARENT);
        if (traceparent != null && W3C_TRACEPARENT.matcher(traceparent).matches()) {
            MDC.put(TRACEPARENT, traceparent);
            if (MDC.get(TRACE_ID) == null) {
                // tracing off (OpenTelemetry fills traceId and spanId when on): the log lines still name the trace
                MDC.put(TRACE_ID, traceparent.substring(3, 35));
            }
        } else {
            MDC.remove(TRACEPARENT);
        }
    }

    @ServerResponseFilter
    public void leave(ContainerResponseContext response) {
        Object id = MDC.get(REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle(REQUEST_ID_HEADER, id.toString());
        }
    }
}
