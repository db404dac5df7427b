package cn.chuanyu.gateway.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What ties one request's traces together: the request id (X-Request-Id) and the W3C trace
 * context, with the gateway's own span as the parent the services see.
 *
 * @param requestId the client's well-formed X-Request-Id, else a new UUID
 * @param traceId 32 lowercase hex digits: the caller's trace, else a new one
 * @param spanId 16 lowercase hex digits: the gateway's span, new for every request
 * @param flags the caller's trace flags, else {@code 01} (sampled: the gateway's access log records every request)
 * @param continued whether the caller's traceparent was valid and is continued (its tracestate too)
 */
public record TraceContext(String requestId, String traceId, String spanId, String flags, boolean continued) {

    /** Where the context is kept on Vert.x's routing context. */
    public static final String KEY = "chuanyu.trace-context";

    /** Letters, digits and {@code . _ : -}, at most 128: safe to log and to pass on, long enough for any UUID or ULID. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** The context for a request that came with these headers (either may be null). */
    public static TraceContext of(String requestIdHeader, String traceparentHeader) {
        String requestId = requestIdHeader != null && REQUEST_ID.matcher(requestIdHeader).matches()
                ? requestIdHeader : UUID.randomUUID().toString();
        return parent(traceparentHeader)
                .map(p -> new TraceContext(requestId, p.traceId(), newId(8, ZERO_SPAN), p.flags(), true))
                .orElseGet(() -> new TraceContext(requestId, newId(16, ZERO_TRACE), newId(8, ZERO_SPAN), "01", false));
    }

    /** The traceparent the services get, and the client in the answer: the gateway's span in the caller's trace. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private record Parent(String traceId, String flags) {
    }

    /**
     * The caller's trace, if its traceparent is valid by W3C Trace Context level 1: version 00 has
     * exactly four fields; a later version may have more after a dash and is read as 00; version ff,
     * an all-zero trace or parent id, and uppercase hex are invalid.
     */
    private static Optional<Parent> parent(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var fields = TRACEPARENT.matcher(header.trim());
        if (!fields.matches()) {
            return Optional.empty();
        }
        String version = fields.group(1);
        boolean valid = !"ff".equals(version)
                && (fields.group(5) == null || !"00".equals(version))
                && !ZERO_TRACE.equals(fields.group(2))
                && !ZERO_SPAN.equals(fields.group(3));
        return valid ? Optional.of(new Parent(fields.group(2), fields.group(4))) : Optional.empty();
    }

    private static String newId(int bytes, String invalid) {
        byte[] random = new byte[bytes];
        String id;
        do {
            RANDOM.nextBytes(random);
            id = HEX.formatHex(random);
        } while (id.equals(invalid));
        return id;
    }
}
