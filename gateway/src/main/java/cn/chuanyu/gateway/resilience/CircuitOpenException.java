package cn.chuanyu.gateway.resilience;

import java.time.Duration;

/** A call refused by an open circuit: the client should come back after {@code retryAfter}. */
public final class CircuitOpenException extends RuntimeException {

    private final transient Duration retryAfter;

    public CircuitOpenException(String upstream, Duration retryAfter) {
        super("Circuit for the " + upstream + " service is open", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds for a Retry-After header, rounded up and at least 1. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
