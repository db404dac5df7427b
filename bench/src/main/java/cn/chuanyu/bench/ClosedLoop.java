package cn.chuanyu.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop maximum throughput: {@code concurrency} requests in flight, each answer immediately followed by the next
 * request. Only requests sent after the warm-up and answered before the end are counted. This is the way to compare
 * capacities (direct against through the gateway); its latencies under-state what users would see at that rate, which
 * is what the open-model runs are for.
 */
final class ClosedLoop {

    private ClosedLoop() {}

    static RunResult run(Sender sender, Call.Target target, int concurrency, Duration warmUp, Duration measured)
            throws InterruptedException {
        LatencyStats stats = new LatencyStats();
        long start = System.nanoTime();
        long from = start + warmUp.toNanos();
        long end = from + measured.toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            next(sender, target, stats, from, end, done);
        }
        if (!done.await(
                measured.toMillis() + warmUp.toMillis() + HttpLoad.DEADLINE_MILLIS + 5_000, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("closed loop on " + target.name() + " did not finish");
        }
        return stats.result(target.endpoint(), target.route(), "closed", null, concurrency, measured.toNanos() / 1e9);
    }

    private static void next(
            Sender sender, Call.Target target, LatencyStats stats, long from, long end, CountDownLatch done) {
        long sent = System.nanoTime();
        if (sent >= end) {
            done.countDown();
            return;
        }
        sender.send(target.calls().get()).whenComplete((reply, failure) -> {
            long now = System.nanoTime();
            if (sent >= from && now <= end) {
                stats.record(now - sent, reply, failure);
            }
            next(sender, target, stats, from, end, done);
        });
    }
}
