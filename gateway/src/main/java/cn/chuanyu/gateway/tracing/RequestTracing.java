package cn.chuanyu.gateway.tracing;

import cn.chuanyu.gateway.EdgeOrder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request, first of all, its {@link TraceContext}: the request headers are rewritten to it, so the proxy
 * passes X-Request-Id and the gateway's traceparent to the service (tracestate only when the caller's trace is
 * continued, as W3C requires), and every answer, refusals included, returns both to the client, replacing whatever a
 * service sent. With tracing on, the gateway's span is the server span OpenTelemetry opened for the request, exported
 * with the services' spans as its children.
 */
@ApplicationScoped
public class RequestTracing {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.TRACING).handler(this::trace);
    }

    private void trace(RoutingContext rc) {
        MultiMap headers = rc.request().headers();
        TraceContext trace = inCurrentSpan(TraceContext.of(headers.get(REQUEST_ID), headers.get(TRACEPARENT)));
        rc.put(TraceContext.KEY, trace);
        String traceparent = trace.traceparent();
        headers.set(REQUEST_ID, trace.requestId());
        headers.set(TRACEPARENT, traceparent);
        if (!trace.continued()) {
            headers.remove(TRACESTATE);
        }
        rc.addHeadersEndHandler(ignored ->
                rc.response().headers().set(REQUEST_ID, trace.requestId()).set(TRACEPARENT, traceparent));
        rc.next();
    }

    /** With tracing on, the request's server span is the gateway's span; with tracing off there is none. */
    private static TraceContext inCurrentSpan(TraceContext trace) {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? trace.inSpan(
                        span.getTraceId(),
                        span.getSpanId(),
                        span.getTraceFlags().asHex())
                : trace;
    }
}
