package cn.chuanyu.gateway.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When the gateway stops calling a failing service, and when it tries again. One breaker per upstream. */
@ConfigMapping(prefix = "chuanyu.gateway.circuit-breaker")
public interface CircuitBreakerConfig {

    /** Consecutive transport failures (refused, reset, timed out) that open an upstream's circuit. */
    @WithDefault("5")
    int failureThreshold();

    /** How long an open circuit answers 503 at once before one request is let through as a probe. */
    @WithDefault("10s")
    Duration openDelay();
}
