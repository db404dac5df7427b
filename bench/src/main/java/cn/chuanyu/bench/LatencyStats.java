package cn.chuanyu.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Latencies (HdrHistogram, microseconds, 3 significant digits) and outcomes of one target's requests. */
final class LatencyStats {

    private final Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final Map<Integer, Long> nonSuccess = new TreeMap<>();
    private long failures;

    /**
     * Records one finished request. Failed requests (timeout, refused connection) count as errors and their latency up
     * to the failure is recorded too, so that the tail shows them.
     */
    synchronized void record(long latencyNanos, Sender.Reply reply, Throwable failure) {
        micros.recordValue(
                Math.min(Math.max(0, TimeUnit.NANOSECONDS.toMicros(latencyNanos)), micros.getHighestTrackableValue()));
        if (failure != null || reply == null) {
            failures++;
        } else if (!reply.ok()) {
            nonSuccess.merge(reply.status(), 1L, Long::sum);
        }
    }

    synchronized long count() {
        return micros.getTotalCount();
    }

    /** The figures of a run that lasted {@code seconds} (the divisor of the achieved rate). */
    synchronized RunResult result(
            String endpoint, String route, String model, Double targetRate, Integer concurrency, double seconds) {
        long non2xx = nonSuccess.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> statuses = new TreeMap<>();
        nonSuccess.forEach((status, n) -> statuses.put(Integer.toString(status), n));
        if (failures > 0) {
            statuses.put("failed", failures);
        }
        long count = micros.getTotalCount();
        return new RunResult(
                endpoint,
                route,
                model,
                targetRate,
                concurrency,
                round(seconds, 1),
                count,
                round(count / seconds, 1),
                ms(micros.getMean()),
                ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)),
                ms(micros.getMaxValue()),
                non2xx + failures,
                statuses);
    }

    static double ms(double micros) {
        return round(micros / 1000.0, 2);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
