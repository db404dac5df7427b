package cn.chuanyu.eventing;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Continues the trace of the request that caused an event while its effect is applied: the request id and traceparent
 * go into the logging context, so the effect's log lines show them and the events the effect publishes (the outbox
 * reads the same keys) carry them on. With tracing on, the traceparent is that of the inbox's consumer span (a child of
 * the producer's), and the trace and span ids are OpenTelemetry's logging keys; with tracing off, the producer's
 * traceparent and trace id. The previous values come back on close. The keys and header checks are those of
 * platform-web's RequestTrace (which this module cannot depend on).
 */
public final class EventTraceContext implements AutoCloseable {

    // the same keys the web layer (platform-web RequestTrace) fills for an HTTP request
    public static final String REQUEST_ID = "requestId";
    public static final String TRACEPARENT = "traceparent";
    // OpenTelemetry's logging keys, which it fills itself for HTTP requests
    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";

    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern W3C_TRACEPARENT =
            Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private static final String[] KEYS = {REQUEST_ID, TRACEPARENT, TRACE_ID, SPAN_ID};

    private final Object[] previous = new Object[KEYS.length];

    private EventTraceContext(String... values) {
        for (int i = 0; i < KEYS.length; i++) {
            previous[i] = MDC.get(KEYS[i]);
            set(KEYS[i], values[i]);
        }
    }

    /** The event's trace context, continued by the span that applies it (not recording when tracing is off). */
    public static EventTraceContext of(IncomingEvent event, Span span) {
        SpanContext context = span.getSpanContext();
        if (context.isValid()) {
            return new EventTraceContext(
                    event.requestId(), traceparent(context), context.getTraceId(), context.getSpanId());
        }
        String traceparent = event.traceparent();
        return new EventTraceContext(
                event.requestId(), traceparent, traceparent == null ? null : traceparent.substring(3, 35), null);
    }

    /** The W3C traceparent of a span. */
    public static String traceparent(SpanContext span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }

    /** The remote span a well-formed W3C traceparent names. */
    public static SpanContext remoteParent(String traceparent) {
        return SpanContext.createFromRemoteParent(
                traceparent.substring(3, 35),
                traceparent.substring(36, 52),
                TraceFlags.fromHex(traceparent, 53),
                TraceState.getDefault());
    }

    /**
     * The traceparent of what is running now: the current span's when tracing is on, else the one in the logging
     * context (the request's or the applied event's), else none.
     */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return traceparent(span);
        }
        Object traceparent = MDC.get(TRACEPARENT);
        return traceparent == null ? null : traceparent.toString();
    }

    /** The header's request id if it is well formed (it ends up in logs and a column), else none. */
    public static String requestId(String header) {
        return header != null && WELL_FORMED_ID.matcher(header).matches() ? header : null;
    }

    /** The header's traceparent if it is a W3C version-00 one, else none. */
    public static String traceparent(String header) {
        return header != null && W3C_TRACEPARENT.matcher(header).matches() ? header : null;
    }

    @Override
    public void close() {
        for (int i = 0; i < KEYS.length; i++) {
            set(KEYS[i], previous[i]);
        }
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
