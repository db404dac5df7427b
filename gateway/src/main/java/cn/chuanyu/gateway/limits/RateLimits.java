package cn.chuanyu.gateway.limits;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.ProblemBody;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client ({@link ClientKey}): a client over its rate gets a 429 problem with Retry-After, and the
 * request goes nowhere. Health and metrics ({@code /q/...}) are not limited, so that probes from the platform's own
 * address never count. Buckets of idle clients are forgotten once full again; past {@code max-clients} new clients
 * share one bucket, so that a flood of addresses cannot exhaust memory.
 */
@ApplicationScoped
public class RateLimits {

    private static final long SWEEP_MILLIS = 30_000;

    private final LimitsConfig.RateLimit config;
    private final ProblemBody problems;
    private final Vertx vertx;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket crowd;
    /** This gateway's share of each client's limit (see {@link LimitsConfig.RateLimit#gateways()}). */
    private final int burst;

    private final double requestsPerSecond;

    RateLimits(LimitsConfig config, ProblemBody problems, Vertx vertx) {
        this.config = config.rateLimit();
        this.problems = problems;
        this.vertx = vertx;
        int gateways = Math.max(1, this.config.gateways());
        this.burst = Math.max(1, this.config.burst() / gateways);
        this.requestsPerSecond = this.config.requestsPerSecond() / gateways;
        this.crowd = new TokenBucket(burst, requestsPerSecond, System.nanoTime());
    }

    void mount(@Observes Router router) {
        if (config.enabled()) {
            router.route().order(EdgeOrder.RATE_LIMIT).handler(this::check);
            vertx.setPeriodic(SWEEP_MILLIS, id -> forgetIdleClients());
        }
    }

    private void check(RoutingContext rc) {
        if (rc.normalizedPath().startsWith("/q/")) {
            rc.next();
            return;
        }
        long now = System.nanoTime();
        long waitNanos = bucketOf(ClientKey.of(rc), now).tryTake(now);
        if (waitNanos == 0) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.send(
                rc.request(),
                Status.TOO_MANY_REQUESTS,
                "rate-limited",
                "rate-limited",
                config.burst(),
                config.requestsPerSecond(),
                seconds);
    }

    private TokenBucket bucketOf(String client, long now) {
        TokenBucket bucket = buckets.get(client);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= config.maxClients()) {
            return crowd;
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(burst, requestsPerSecond, now));
    }

    private void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
