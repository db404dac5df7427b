package cn.chuanyu.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Event latency end to end: collaboration intents POSTed to conference-service at a constant rate (each commits the
 * intent and its outbox row in one transaction), until the technology offer that alliance-service makes of the event is
 * visible in alliance's database.
 *
 * <p>Two measurements, on one machine clock:
 *
 * <ul>
 *   <li><b>probe</b> (the headline figure): a thread polls alliance's {@code technology_offer} every
 *       {@code pollInterval} for the intents answered but not yet seen (a primary-key lookup of a handful of ids). An
 *       offer first found by a query that started at {@code t} became visible before {@code t} and after the previous
 *       query started, so the figure is an upper bound, too high by at most one poll interval plus one query. It is
 *       counted from the moment the POST's 201 arrived (the commit happened just before: the figure leaves out the
 *       answer's way back) and, as a bracket, from the request's send time (that includes the POST).
 *   <li><b>database timestamps</b> (cross-check, after the run, no observer effect): conference's
 *       {@code outbox_event.occurred_at} (written in the transaction, before its commit), its {@code published_at} (the
 *       relay marked it sent after Kafka acknowledged it), and alliance's {@code inbox_event.applied_at} (PostgreSQL's
 *       {@code now()}: the start of the consuming transaction, before the offer commits).
 * </ul>
 */
final class EventLatency {

    static final String INTENT_PUBLISHED = "cn.chuanyu.conference.intent.published.v1";

    /**
     * @param posts the POSTs as an open-model run (latency from the intended send time)
     * @param commitToVisible probe: 201 received → offer visible
     * @param requestToVisible probe: request sent → offer visible
     * @param database the cross-check from database timestamps, per stage (ms percentiles)
     */
    record Result(
            RunResult posts,
            RunResult commitToVisible,
            RunResult requestToVisible,
            long created,
            long seen,
            double pollIntervalMs,
            Map<String, Map<String, Double>> database) {}

    private EventLatency() {}

    static Result run(
            Platform platform,
            Sender http,
            Supplier<Call> intents,
            double rate,
            Duration duration,
            Duration pollInterval)
            throws Exception {
        Map<String, long[]> pending = new ConcurrentHashMap<>(); // intent id -> {sent, answered}
        LatencyStats commitToVisible = new LatencyStats();
        LatencyStats requestToVisible = new LatencyStats();
        AtomicLong created = new AtomicLong();
        Sender tracking = call -> {
            long sent = System.nanoTime();
            CompletionStage<Sender.Reply> reply = http.send(call);
            return reply.whenComplete((r, failure) -> {
                if (r != null && r.status() == 201 && r.location() != null) {
                    created.incrementAndGet();
                    pending.put(
                            r.location().substring(r.location().lastIndexOf('/') + 1),
                            new long[] {sent, System.nanoTime()});
                }
            });
        };
        Instant from = Instant.now();
        var probe = new Probe(platform, pending, commitToVisible, requestToVisible, pollInterval);
        Thread poller = new Thread(probe, "event-probe");
        poller.start();
        OpenLoop.Outcome posts;
        try {
            posts = OpenLoop.run(
                    tracking,
                    List.of(new Call.Target("intent POST (event source)", "direct", intents)),
                    rate,
                    duration);
        } finally {
            probe.finishWithin(Duration.ofSeconds(60));
            poller.join();
        }
        Instant to = Instant.now();
        RunResult post = posts.results().get(0);
        double seconds = duration.toNanos() / 1e9;
        long seen = commitToVisible.count();
        return new Result(
                post,
                commitToVisible.result("commit → offer visible", "probe", "open", rate, null, seconds),
                requestToVisible.result("request → offer visible", "probe", "open", rate, null, seconds),
                created.get(),
                seen,
                pollInterval.toNanos() / 1e6,
                database(platform, from, to));
    }

    /** Polls alliance's database for the offers of answered intents. */
    private static final class Probe implements Runnable {

        private final Platform platform;
        private final Map<String, long[]> pending;
        private final LatencyStats commitToVisible;
        private final LatencyStats requestToVisible;
        private final long pollNanos;
        private volatile long deadline = Long.MAX_VALUE;

        Probe(
                Platform platform,
                Map<String, long[]> pending,
                LatencyStats commitToVisible,
                LatencyStats requestToVisible,
                Duration pollInterval) {
            this.platform = platform;
            this.pending = pending;
            this.commitToVisible = commitToVisible;
            this.requestToVisible = requestToVisible;
            this.pollNanos = pollInterval.toNanos();
        }

        /** The load is over: stop once every answered intent was seen, or at the latest after {@code grace}. */
        void finishWithin(Duration grace) {
            deadline = System.nanoTime() + grace.toNanos();
        }

        @Override
        public void run() {
            try (Connection alliance = platform.database("alliance");
                    PreparedStatement query = alliance.prepareStatement("select source_id from technology_offer"
                            + " where source_type = 'conference-intent' and source_id = any (?)")) {
                while (deadline == Long.MAX_VALUE || !pending.isEmpty() && System.nanoTime() < deadline) {
                    long started = System.nanoTime();
                    if (!pending.isEmpty()) {
                        Array ids = alliance.createArrayOf(
                                "varchar", pending.keySet().toArray());
                        query.setArray(1, ids);
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                long[] times = pending.remove(rows.getString(1));
                                if (times != null) {
                                    commitToVisible.record(started - times[1], new Sender.Reply(200, null), null);
                                    requestToVisible.record(started - times[0], new Sender.Reply(200, null), null);
                                }
                            }
                        }
                    }
                    long sleep = started + pollNanos - System.nanoTime();
                    if (sleep > 0) {
                        TimeUnit.NANOSECONDS.sleep(sleep);
                    }
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException("the event probe failed", e);
            }
        }
    }

    /** Percentiles of each stage from the two databases' timestamps, for the events of the run's window. */
    private static Map<String, Map<String, Double>> database(Platform platform, Instant from, Instant to)
            throws SQLException {
        Map<String, Instant[]> byEvent = new HashMap<>(); // event id -> {occurred, published, applied}
        try (Connection conference = platform.database("conference");
                PreparedStatement outbox =
                        conference.prepareStatement("select event_id::text, occurred_at, published_at from outbox_event"
                                + " where event_type = ? and occurred_at between ? and ?")) {
            outbox.setString(1, INTENT_PUBLISHED);
            outbox.setTimestamp(2, Timestamp.from(from));
            outbox.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = outbox.executeQuery()) {
                while (rows.next()) {
                    Timestamp published = rows.getTimestamp(3);
                    byEvent.put(rows.getString(1), new Instant[] {
                        rows.getTimestamp(2).toInstant(), published == null ? null : published.toInstant(), null
                    });
                }
            }
        }
        try (Connection alliance = platform.database("alliance");
                PreparedStatement inbox = alliance.prepareStatement(
                        "select event_id, applied_at from inbox_event where event_type = ? and applied_at >= ?")) {
            inbox.setString(1, INTENT_PUBLISHED);
            inbox.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rows = inbox.executeQuery()) {
                while (rows.next()) {
                    Instant[] times = byEvent.get(rows.getString(1));
                    if (times != null) {
                        times[2] = rows.getTimestamp(2).toInstant();
                    }
                }
            }
        }
        LatencyStats relay = new LatencyStats();
        LatencyStats delivery = new LatencyStats();
        LatencyStats total = new LatencyStats();
        var ok = new Sender.Reply(200, null);
        for (Instant[] t : byEvent.values()) {
            if (t[1] != null) {
                relay.record(Duration.between(t[0], t[1]).toNanos(), ok, null);
            }
            if (t[1] != null && t[2] != null) {
                delivery.record(Duration.between(t[1], t[2]).toNanos(), ok, null);
            }
            if (t[2] != null) {
                total.record(Duration.between(t[0], t[2]).toNanos(), ok, null);
            }
        }
        Map<String, Map<String, Double>> stages = new LinkedHashMap<>();
        stages.put("outbox written → relay marked it sent (occurred_at → published_at)", percentiles(relay));
        stages.put("relay marked sent → consumer transaction began (published_at → applied_at)", percentiles(delivery));
        stages.put("outbox written → consumer transaction began (occurred_at → applied_at)", percentiles(total));
        // how fast each stage went through the run's events: a stage slower than the rate makes a growing backlog
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("written (conference commits)", rate(byEvent, 0));
        rates.put("relayed (marked sent)", rate(byEvent, 1));
        rates.put("applied (alliance consumer)", rate(byEvent, 2));
        stages.put("events per second through each stage (count / span of its timestamps)", rates);
        return stages;
    }

    private static double rate(Map<String, Instant[]> byEvent, int stage) {
        Instant first = null;
        Instant last = null;
        long n = 0;
        for (Instant[] t : byEvent.values()) {
            if (t[stage] != null) {
                n++;
                first = first == null || t[stage].isBefore(first) ? t[stage] : first;
                last = last == null || t[stage].isAfter(last) ? t[stage] : last;
            }
        }
        double seconds = n < 2 ? 0 : Duration.between(first, last).toNanos() / 1e9;
        return seconds == 0 ? 0 : LatencyStats.round((n - 1) / seconds, 1);
    }

    private static Map<String, Double> percentiles(LatencyStats stats) {
        RunResult r = stats.result("", "", "", null, null, 1);
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("events", (double) r.requests());
        p.put("p50", r.p50Ms());
        p.put("p90", r.p90Ms());
        p.put("p99", r.p99Ms());
        p.put("max", r.maxMs());
        return p;
    }
}
