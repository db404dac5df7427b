package cn.chuanyu.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Open-model load at a constant rate, wrk2-style: request {@code i} is due at {@code start + i / rate} whatever
 * happened to the earlier ones, and its latency is counted from that intended time, not from when it was actually sent.
 * A slow answer therefore cannot hold back the next requests (no coordinated omission), and if the generator itself
 * falls behind (a pause, a busy CPU), the delay shows in the latencies and in {@code schedulerLag}, instead of silently
 * lowering the rate.
 *
 * <p>Several targets are interleaved round-robin on one schedule (each at {@code ratePerTarget}), so that e.g. a direct
 * and a through-gateway call of the same endpoint see the same moment of a noisy machine.
 */
final class OpenLoop {

    /**
     * @param results one per target, in the order of the targets
     * @param schedulerLagP99Ms, schedulerLagMaxMs how late the generator handed requests to the client (null when not
     *     measured, e.g. closed loops)
     */
    record Outcome(List<RunResult> results, Double schedulerLagP99Ms, Double schedulerLagMaxMs) {}

    private OpenLoop() {}

    /** The intended send time of request {@code i}, in nanoseconds after the start. */
    static long due(long i, double totalRate) {
        return Math.round(i * (1e9 / totalRate));
    }

    static Outcome run(Sender sender, List<Call.Target> targets, double ratePerTarget, Duration duration) {
        int n = targets.size();
        double totalRate = ratePerTarget * n;
        List<LatencyStats> stats = new ArrayList<>();
        targets.forEach(t -> stats.add(new LatencyStats()));
        Histogram lag = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        AtomicLong inFlight = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();

        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long length = duration.toNanos();
        for (long i = 0; ; i++) {
            long offset = due(i, totalRate);
            if (offset >= length) {
                break;
            }
            long intended = start + offset;
            sleepUntil(intended);
            int k = (int) (i % n);
            LatencyStats target = stats.get(k);
            Call call = targets.get(k).calls().get();
            inFlight.incrementAndGet();
            lag.recordValue(Math.min(
                    TimeUnit.NANOSECONDS.toMicros(Math.max(0, System.nanoTime() - intended)),
                    lag.getHighestTrackableValue()));
            sender.send(call).whenComplete((reply, failure) -> {
                long now = System.nanoTime();
                target.record(now - intended, reply, failure);
                lastAnswer.accumulateAndGet(now, Math::max);
                inFlight.decrementAndGet();
            });
        }
        // the last answers: a request still open after the client's timeout has failed and is counted then
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HttpLoad.DEADLINE_MILLIS + 5_000);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        // achieved rate: answers over the scheduled window, or longer if the answers came later than that
        double seconds = Math.max(length, lastAnswer.get() - start) / 1e9;
        List<RunResult> results = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Call.Target t = targets.get(k);
            results.add(stats.get(k).result(t.endpoint(), t.route(), "open", ratePerTarget, null, seconds));
        }
        return new Outcome(results, LatencyStats.ms(lag.getValueAtPercentile(99)), LatencyStats.ms(lag.getMaxValue()));
    }

    private static void sleepUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
