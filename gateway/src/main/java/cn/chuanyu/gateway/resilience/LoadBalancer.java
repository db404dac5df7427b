package cn.chuanyu.gateway.resilience;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service, each behind its own circuit breaker, taken in turn (round robin) and skipping those
 * whose circuit is open: an instance that stopped answering is left out after a few failures (passive health checking,
 * as Envoy's outlier detection does) and taken back by itself when a probe finds it answering again.
 */
public final class LoadBalancer {

    /** One instance of the service and its breaker. */
    public record Instance(URI url, CircuitBreaker breaker) {}

    private final String service;
    private final List<Instance> instances;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param service the context's name; a lone instance's breaker is named like it, several are told apart by address
     */
    public LoadBalancer(String service, List<URI> urls, CircuitBreakers breakers) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("the " + service + " service has no instance");
        }
        this.service = service;
        this.instances = urls.stream()
                .map(url ->
                        new Instance(url, breakers.of(urls.size() == 1 ? service : service + "@" + url.getAuthority())))
                .toList();
    }

    /**
     * The next instance that may be called now, preferring one other than {@code tried} (null on a first attempt); its
     * breaker is acquired, so the caller must report the outcome to it. Empty when every circuit is open.
     */
    public Optional<Instance> acquire(Instance tried) {
        int start = Math.floorMod(next.getAndIncrement(), instances.size());
        for (int i = 0; i < instances.size(); i++) {
            Instance candidate = instances.get((start + i) % instances.size());
            if (candidate != tried && candidate.breaker().tryAcquire()) {
                return Optional.of(candidate);
            }
        }
        return tried != null && tried.breaker().tryAcquire() ? Optional.of(tried) : Optional.empty();
    }

    /** How many instances there are. */
    public int size() {
        return instances.size();
    }

    /** The call every instance refuses, with the soonest time one of them will probe again. */
    public CircuitOpenException allOpen() {
        Duration soonest = instances.stream()
                .map(i -> i.breaker().retryAfter())
                .min(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        return new CircuitOpenException(service, soonest);
    }
}
