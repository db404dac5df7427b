package cn.chuanyu.gateway.resilience;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;

/**
 * Which calls are tried again. Only reads that are safe to repeat (GET, HEAD) and carry no body, so that nothing has to
 * be buffered; never a write, which the service may have applied before the connection broke. Only failures where the
 * service did not answer at all (refused, reset, closed); not a timeout, since a slow service is likely still busy with
 * the first attempt and a second would only add to its load.
 */
public final class RetryPolicy {

    private final int maxRetries;

    public RetryPolicy(int maxRetries) {
        this.maxRetries = Math.max(0, maxRetries);
    }

    public boolean appliesTo(HttpMethod method, MultiMap headers) {
        return maxRetries > 0 && (method == HttpMethod.GET || method == HttpMethod.HEAD) && !hasBody(headers);
    }

    /** Whether the call that failed on attempt {@code attempt} (0 for the first) is tried again. */
    public boolean retries(int attempt, Throwable failure) {
        return attempt < maxRetries && !TransportFailures.isTimeout(failure);
    }

    private static boolean hasBody(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return headers.contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !"0".equals(length.trim()));
    }
}
