package cn.chuanyu.eventing;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Continues the trace of the request that caused an event while its effect is applied: the request id and traceparent
 * go into the logging context, so the effect's log lines show them and the events the effect publishes (the outbox
 * reads the same keys) carry them on. The previous values come back on close. The keys and header checks are those of
 * platform-web's RequestTrace (which this module cannot depend on).
 */
public final class EventTraceContext implements AutoCloseable {

    // the same keys the web layer (platform-web RequestTrace) fills for an HTTP request
    public static final String REQUEST_ID = "requestId";
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern W3C_TRACEPARENT =
            Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private final Object previousRequestId;
    private final Object previousTraceparent;

    private EventTraceContext(String requestId, String traceparent) {
        previousRequestId = MDC.get(REQUEST_ID);
        previousTraceparent = MDC.get(TRACEPARENT);
        set(REQUEST_ID, requestId);
        set(TRACEPARENT, traceparent);
    }

    public static EventTraceContext of(IncomingEvent event) {
        return new EventTraceContext(event.requestId(), event.traceparent());
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
        set(REQUEST_ID, previousRequestId);
        set(TRACEPARENT, previousTraceparent);
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
