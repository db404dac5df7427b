package cn.chuanyu.gateway.resilience;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per upstream, created on first use. Each one's state is a gauge
 * ({@code chuanyu_gateway_circuit_state{upstream="..."}}: 0 closed, 1 open, 2 half-open) for alerting.
 */
@ApplicationScoped
public class CircuitBreakers {

    private final CircuitBreakerConfig config;
    private final MeterRegistry metrics;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    CircuitBreakers(CircuitBreakerConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    public CircuitBreaker of(String upstream) {
        return breakers.computeIfAbsent(upstream, name -> {
            CircuitBreaker breaker =
                    new CircuitBreaker(name, config.failureThreshold(), config.openDelay(), System::nanoTime);
            Gauge.builder(
                            "chuanyu.gateway.circuit.state",
                            breaker,
                            b -> b.state().ordinal())
                    .description("0 closed, 1 open (calls refused with 503), 2 half-open (probing)")
                    .tag("upstream", name)
                    .register(metrics);
            return breaker;
        });
    }
}
