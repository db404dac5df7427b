package cn.chuanyu.gateway.tracing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What ties one request's traces together: the request id (X-Request-Id) and the W3C trace context, with the gateway's
 * own span as the parent the services see.
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

    /**
     * Letters, digits and {@code . _ : -}, at most 128: safe to log and to pass on, long enough for any UUID or ULID.
     */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private static final Pattern TRACEPARENT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    /**
     * Ids come from a cryptographically strong generator, one per thread: the JDK's shared ones (that of
     * {@link UUID#randomUUID()} and a {@code new SecureRandom()}) lock for each call and may read the system's entropy
     * source, so the event loops waited for each other there. Each thread's own is seeded from the system's entropy
     * once.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TraceContext::newGenerator);

    private static final HexFormat HEX = HexFormat.of();

    /** The context for a request that came with these headers (either may be null). */
    public static TraceContext of(String requestIdHeader, String traceparentHeader) {
        String requestId =
                requestIdHeader != null && REQUEST_ID.matcher(requestIdHeader).matches()
                        ? requestIdHeader
                        : newUuid().toString();
        return parent(traceparentHeader)
                .map(p -> new TraceContext(requestId, p.traceId(), newId(8, ZERO_SPAN), p.flags(), true))
                .orElseGet(() -> new TraceContext(requestId, newId(16, ZERO_TRACE), newId(8, ZERO_SPAN), "01", false));
    }

    /**
     * The same request in the span OpenTelemetry opened for it (tracing on): its trace (the caller's, if OpenTelemetry
     * continued it as well) and its span id replace the gateway's own, so the services' spans are its children.
     */
    public TraceContext inSpan(String spanTraceId, String spanSpanId, String spanFlags) {
        return new TraceContext(
                requestId, spanTraceId, spanSpanId, spanFlags, continued && traceId.equals(spanTraceId));
    }

    /** The traceparent the services get, and the client in the answer: the gateway's span in the caller's trace. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private record Parent(String traceId, String flags) {}

    /**
     * The caller's trace, if its traceparent is valid by W3C Trace Context level 1: version 00 has exactly four fields;
     * a later version may have more after a dash and is read as 00; version ff, an all-zero trace or parent id, and
     * uppercase hex are invalid.
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

    /** A random (version 4) UUID, as {@link UUID#randomUUID()} makes it, from this thread's generator. */
    static UUID newUuid() {
        byte[] random = new byte[16];
        RANDOM.get().nextBytes(random);
        random[6] = (byte) ((random[6] & 0x0f) | 0x40); // version 4
        random[8] = (byte) ((random[8] & 0x3f) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (random[i] & 0xff);
            lsb = (lsb << 8) | (random[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static SecureRandom newGenerator() {
        try {
            // self-seeded from the system's entropy on first use; no lock is shared with other threads
            return SecureRandom.getInstance("SHA1PRNG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private static String newId(int bytes, String invalid) {
        byte[] random = new byte[bytes];
        SecureRandom generator = RANDOM.get();
        String id;
        do {
            generator.nextBytes(random);
            id = HEX.formatHex(random);
        } while (id.equals(invalid));
        return id;
    }
}
