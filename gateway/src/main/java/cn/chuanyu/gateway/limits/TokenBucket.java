package cn.chuanyu.gateway.limits;

/**
 * Up to {@code burst} requests at once, refilled continuously at {@code perSecond}. Thread-safe. Times are
 * {@link System#nanoTime()} values passed in, so that tests need no clock.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int burst, double perSecond, long now) {
        if (burst < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a bucket needs a burst of at least 1 and a positive rate");
        }
        this.capacity = burst;
        this.tokensPerNano = perSecond / 1e9;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes a token: 0 if one was there, else the nanoseconds until one will be (nothing is taken then). */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** Full again: forgetting it changes nothing for its client. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
    }
}
