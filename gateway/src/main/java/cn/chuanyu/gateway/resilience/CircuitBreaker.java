package cn.chuanyu.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Closed: calls go through and consecutive transport failures are counted; at the threshold the circuit opens. Open:
 * calls are refused at once until the open delay has passed. Half-open: a single call goes through as a probe; its
 * success closes the circuit, its failure opens it again. So a stopped service costs clients a fast 503 instead of a
 * wait, and is used again by itself as soon as a probe finds it back. Thread-safe: the gateway's event loops share one
 * breaker per upstream.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private static final Logger LOG = Logger.getLogger(CircuitBreaker.class);

    private final String upstream;
    private final int failureThreshold;
    private final long openDelayNanos;
    private final LongSupplier nanoTime;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probeInFlight;

    public CircuitBreaker(String upstream, int failureThreshold, Duration openDelay, LongSupplier nanoTime) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1, not " + failureThreshold);
        }
        this.upstream = upstream;
        this.failureThreshold = failureThreshold;
        this.openDelayNanos = openDelay.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether a call may go to the upstream now; a caller that got {@code true} must report its outcome. */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoTime.getAsLong() - openedAt < openDelayNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                LOG.infof("Circuit for the %s service half-open: one request goes through as a probe", upstream);
                return true;
            default:
                if (probeInFlight) {
                    return false;
                }
                probeInFlight = true;
                return true;
        }
    }

    /** The upstream answered (whatever the status: a service's own error is not a transport failure). */
    public synchronized void onSuccess() {
        if (state == State.HALF_OPEN) {
            LOG.infof("Circuit for the %s service closed: the probe was answered", upstream);
        }
        if (state != State.OPEN) {
            state = State.CLOSED;
            consecutiveFailures = 0;
            probeInFlight = false;
        }
    }

    /** The upstream could not be reached, reset the connection or did not answer in time. */
    public synchronized void onFailure() {
        if (state == State.HALF_OPEN) {
            open("the probe failed");
        } else if (state == State.CLOSED && ++consecutiveFailures >= failureThreshold) {
            open(consecutiveFailures + " consecutive failures");
        }
    }

    /** A call that ended for a reason that says nothing about the upstream (the client went away, a refused body). */
    public synchronized void release() {
        probeInFlight = false;
    }

    /** How long until a probe will be let through; zero unless the circuit is open or probing. */
    public synchronized Duration retryAfter() {
        return switch (state) {
            case CLOSED -> Duration.ZERO;
            case OPEN -> Duration.ofNanos(Math.max(0, openDelayNanos - (nanoTime.getAsLong() - openedAt)));
            case HALF_OPEN -> Duration.ofSeconds(1);
        };
    }

    public synchronized State state() {
        return state;
    }

    public String upstream() {
        return upstream;
    }

    private void open(String why) {
        LOG.warnf("Circuit for the %s service open for %d ms: %s", upstream, openDelayNanos / 1_000_000, why);
        state = State.OPEN;
        openedAt = nanoTime.getAsLong();
        probeInFlight = false;
        consecutiveFailures = 0;
    }
}
