package cn.chuanyu.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Writes sent at a constant rate and followed until their effect is seen elsewhere (a notification in a person's list,
 * a webhook delivery at a partner): each created resource's id (the last segment of the 201's Location) with the time
 * the request was sent and the time its 201 arrived. The commit happened just before the 201, so "commit → seen" starts
 * there (leaving out the answer's way back); "request → seen" includes the write itself.
 */
final class FollowedWrites {

    private final Map<String, long[]> pending = new ConcurrentHashMap<>(); // id -> {sent, answered}
    /** Effects seen before their write's 201 was handled (or of writes this run did not make): id -> seen at. */
    private final Map<String, Long> early = new ConcurrentHashMap<>();

    private final LatencyStats commitToSeen = new LatencyStats();
    private final LatencyStats requestToSeen = new LatencyStats();
    private final AtomicLong created = new AtomicLong();

    /** Sends {@code writes} at {@code rate} for {@code duration} and tracks every 201. */
    OpenLoop.Outcome send(Sender http, String name, Supplier<Call> writes, double rate, Duration duration) {
        Sender tracking = call -> {
            long sent = System.nanoTime();
            CompletionStage<Sender.Reply> reply = http.send(call);
            return reply.whenComplete((r, failure) -> {
                if (r != null && r.status() == 201 && r.location() != null) {
                    created.incrementAndGet();
                    String id = r.location().substring(r.location().lastIndexOf('/') + 1);
                    long[] times = {sent, System.nanoTime()};
                    Long seenAt = early.remove(id);
                    if (seenAt == null) {
                        pending.put(id, times);
                    } else {
                        record(times, seenAt);
                    }
                }
            });
        };
        return OpenLoop.run(tracking, List.of(new Call.Target(name, "gateway", writes)), rate, duration);
    }

    /** The effect of write {@code id} was seen at {@code nanoTime}; false if it was not a pending write. */
    boolean seen(String id, long nanoTime) {
        long[] times = pending.remove(id);
        if (times == null) {
            early.putIfAbsent(id, nanoTime);
            return false;
        }
        record(times, nanoTime);
        return true;
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The ids written and not yet seen. */
    Set<String> pendingIds() {
        return pending.keySet();
    }

    /** Waits until every write's effect was seen, at most {@code grace}. */
    void awaitSeen(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    long created() {
        return created.get();
    }

    long seenCount() {
        return commitToSeen.count();
    }

    /** Effects seen of no write of this run (e.g. an earlier phase's). */
    long others() {
        return early.size();
    }

    RunResult commitToSeen(String name, double rate, double seconds) {
        return commitToSeen.result(name, "probe", "open", rate, null, seconds);
    }

    RunResult requestToSeen(String name, double rate, double seconds) {
        return requestToSeen.result(name, "probe", "open", rate, null, seconds);
    }

    private void record(long[] times, long seenAt) {
        var ok = new Sender.Reply(200, null);
        commitToSeen.record(seenAt - times[1], ok, null);
        requestToSeen.record(seenAt - times[0], ok, null);
    }
}
