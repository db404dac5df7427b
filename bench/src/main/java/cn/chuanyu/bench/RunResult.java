package cn.chuanyu.bench;

import java.util.Map;

/**
 * The figures of one target in one run. Latencies in milliseconds; in an open-model run they are counted from each
 * request's intended send time (so queueing anywhere, the generator's included, is in them), in a closed-loop run from
 * the actual send.
 *
 * @param model "open" (constant rate) or "closed" (fixed concurrency, as fast as answers come)
 * @param targetRate requests per second asked for (open model only)
 * @param concurrency requests in flight (closed loop only)
 * @param achievedRate answers per second over the run
 * @param errors non-2xx answers plus failed requests; {@code statuses} tells which
 */
record RunResult(
        String endpoint,
        String route,
        String model,
        Double targetRate,
        Integer concurrency,
        double seconds,
        long requests,
        double achievedRate,
        double meanMs,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        double p999Ms,
        double maxMs,
        long errors,
        Map<String, Long> statuses) {

    String name() {
        return endpoint + " · " + route;
    }
}
