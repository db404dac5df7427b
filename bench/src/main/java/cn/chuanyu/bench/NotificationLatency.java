package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Commit → notification visible: OFFER intents POSTed through the gateway at a constant rate, each naming a term of an
 * open demand of one zone only, so that notification-service tells that zone's officer (a match found in its read model
 * of open demands, the officers read from Keycloak); a thread polls the officer's unread notifications ({@code GET
 * /api/notifications/notifications/mine?unread=true&size=100} through the gateway, with the officer's token, as their
 * browser would) and takes each intent as visible when a notification links to it. Upper bound: too high by at most one
 * poll interval plus one request. Cross-check from the databases afterwards: conference's outbox {@code occurred_at} to
 * notification's {@code notification.created_at} (its consuming transaction's clock), and the rate each stage went at,
 * which shows a backlog.
 */
final class NotificationLatency {

    static final String MINE = "/api/notifications/notifications/mine";
    /** The realm's zone officers (role zone-officer, attribute zone): one per zone of the demo realm that has one. */
    private static final List<String> ZONES_WITH_OFFICERS = List.of("chengdu", "chongqing");

    /** Who is told, and about what: the officer's user name and the demand term the intents name. */
    record Recipient(String user, String zone, String term) {}

    record Result(
            Recipient recipient,
            RunResult posts,
            RunResult commitToVisible,
            RunResult requestToVisible,
            long created,
            long seen,
            long polls,
            double pollIntervalMs,
            Map<String, Map<String, Double>> database) {}

    private NotificationLatency() {}

    /** A zone with an officer and a term that only that zone's open demands name (notification's read model). */
    static Recipient recipient(Platform platform) throws SQLException {
        Map<String, List<String>> zonesByTerm = new HashMap<>();
        try (Connection notification = platform.database("notification");
                Statement s = notification.createStatement();
                ResultSet rows = s.executeQuery("select zone, unnest(terms) from open_demand order by zone")) {
            while (rows.next()) {
                zonesByTerm
                        .computeIfAbsent(rows.getString(2), t -> new ArrayList<>())
                        .add(rows.getString(1));
            }
        }
        for (String zone : ZONES_WITH_OFFICERS) {
            for (var term : zonesByTerm.entrySet()) {
                if (term.getValue().stream().allMatch(zone::equals)) {
                    return new Recipient("officer-" + zone, zone, term.getKey());
                }
            }
        }
        throw new IllegalStateException("no open demand of " + ZONES_WITH_OFFICERS + " with a term of its own: "
                + zonesByTerm + " (is the demo data on, and has notification-service consumed the board's events?)");
    }

    static Result run(
            Platform platform, Sender http, String researcherToken, double rate, Duration duration, Duration poll)
            throws Exception {
        Recipient recipient = recipient(platform);
        String officerToken = platform.token(recipient.user());
        var writes = new FollowedWrites();
        var poller = new Poller(platform.url(Platform.GATEWAY), officerToken, writes, poll);
        Thread thread = new Thread(poller, "notification-probe");
        Instant from = Instant.now();
        thread.start();
        OpenLoop.Outcome posts;
        try {
            posts = writes.send(
                    http,
                    "intent POST (notifies " + recipient.user() + ")",
                    Offers.posts(platform.url(Platform.GATEWAY), researcherToken, recipient.term(), "通知压测"),
                    rate,
                    duration);
            writes.awaitSeen(Duration.ofSeconds(60));
        } finally {
            poller.stop();
            thread.join();
        }
        if (poller.failure != null) {
            throw new IllegalStateException("the notification probe failed", poller.failure);
        }
        double seconds = duration.toNanos() / 1e9;
        return new Result(
                recipient,
                posts.results().get(0),
                writes.commitToSeen("commit → notification visible", rate, seconds),
                writes.requestToSeen("request → notification visible", rate, seconds),
                writes.created(),
                writes.seenCount(),
                poller.polls,
                poll.toNanos() / 1e6,
                database(platform, recipient.user(), from, Instant.now()));
    }

    /**
     * Waits until notification-service has consumed every intent event conference's relay sent since {@code since} (an
     * earlier phase's backlog would otherwise be measured here); returns the seconds waited, or null if it had not
     * caught up within {@code timeout} (the phase then goes on, and its figures include that backlog). Events from
     * before are left out: one dead-lettered at the platform's start would never arrive.
     */
    static Double awaitDrained(Platform platform, Instant since, Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> sent = new ArrayList<>();
            try (Connection conference = platform.database("conference");
                    PreparedStatement outbox = conference.prepareStatement("select event_id::text from outbox_event"
                            + " where event_type = ? and published_at is not null and occurred_at >= ?")) {
                outbox.setString(1, EventLatency.INTENT_PUBLISHED);
                outbox.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rows = outbox.executeQuery()) {
                    while (rows.next()) {
                        sent.add(rows.getString(1));
                    }
                }
            }
            long consumed;
            try (Connection notification = platform.database("notification");
                    PreparedStatement inbox = notification.prepareStatement(
                            "select count(*) from inbox_event where event_id = any (?)")) {
                inbox.setArray(1, notification.createArrayOf("varchar", sent.toArray()));
                try (ResultSet rows = inbox.executeQuery()) {
                    rows.next();
                    consumed = rows.getLong(1);
                }
            }
            if (consumed >= sent.size()) {
                return LatencyStats.round((System.nanoTime() - started) / 1e9, 1);
            }
            Thread.sleep(250);
        }
        System.out.println("[bench]   notification-service had not consumed every intent event within " + timeout);
        return null;
    }

    /** Polls the officer's unread notifications until stopped; each one linking to a pending intent is seen. */
    private static final class Poller implements Runnable {

        private final String url;
        private final String token;
        private final FollowedWrites writes;
        private final long pollNanos;
        private final Rest rest = new Rest();
        private volatile boolean stopped;
        volatile Exception failure;
        long polls;

        Poller(String gateway, String token, FollowedWrites writes, Duration poll) {
            this.url = gateway + MINE + "?unread=true&size=100";
            this.token = token;
            this.writes = writes;
            this.pollNanos = poll.toNanos();
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            try {
                while (!stopped) {
                    long started = System.nanoTime();
                    if (writes.hasPending()) {
                        Rest.Answer answer = rest.get(url, token, Call.JSON);
                        polls++;
                        if (answer.status() != 200) {
                            throw new IllegalStateException("notifications answered " + answer.status());
                        }
                        for (JsonNode n : answer.json().path("items")) {
                            String link = n.path("link").asText("");
                            writes.seen(link.substring(link.lastIndexOf('/') + 1), started);
                        }
                    }
                    long sleep = started + pollNanos - System.nanoTime();
                    if (sleep > 0) {
                        TimeUnit.NANOSECONDS.sleep(sleep);
                    }
                }
            } catch (Exception e) {
                failure = e;
            }
        }
    }

    /**
     * From conference's outbox (occurred_at: in the write's transaction) to the officer's notification row (created_at:
     * notification-service's clock in its consuming transaction), for the run's intent events; and how many per second
     * each stage went through.
     */
    private static Map<String, Map<String, Double>> database(
            Platform platform, String officer, Instant from, Instant to) throws SQLException {
        Map<String, Instant[]> byEvent = new HashMap<>(); // event id -> {occurred, notified}
        try (Connection conference = platform.database("conference");
                PreparedStatement outbox = conference.prepareStatement("select event_id::text, occurred_at"
                        + " from outbox_event where event_type = ? and occurred_at between ? and ?")) {
            outbox.setString(1, EventLatency.INTENT_PUBLISHED);
            outbox.setTimestamp(2, Timestamp.from(from));
            outbox.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = outbox.executeQuery()) {
                while (rows.next()) {
                    byEvent.put(
                            rows.getString(1),
                            new Instant[] {rows.getTimestamp(2).toInstant(), null});
                }
            }
        }
        try (Connection notification = platform.database("notification");
                PreparedStatement made = notification.prepareStatement(
                        "select event_id, created_at from notification where recipient = ? and event_id = any (?)")) {
            made.setString(1, officer);
            Array ids = notification.createArrayOf("varchar", byEvent.keySet().toArray());
            made.setArray(2, ids);
            try (ResultSet rows = made.executeQuery()) {
                while (rows.next()) {
                    Instant[] times = byEvent.get(rows.getString(1));
                    if (times != null) {
                        times[1] = rows.getTimestamp(2).toInstant();
                    }
                }
            }
        }
        LatencyStats total = new LatencyStats();
        var ok = new Sender.Reply(200, null);
        List<Instant> written = new ArrayList<>();
        List<Instant> notified = new ArrayList<>();
        for (Instant[] t : byEvent.values()) {
            written.add(t[0]);
            if (t[1] != null) {
                notified.add(t[1]);
                total.record(Duration.between(t[0], t[1]).toNanos(), ok, null);
            }
        }
        RunResult r = total.result("", "", "", null, null, 1);
        Map<String, Double> stage = new LinkedHashMap<>();
        stage.put("events", (double) r.requests());
        stage.put("p50", r.p50Ms());
        stage.put("p90", r.p90Ms());
        stage.put("p99", r.p99Ms());
        stage.put("max", r.maxMs());
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("written (conference commits)", rate(written));
        rates.put("notified (" + officer + "'s notification rows)", rate(notified));
        Map<String, Map<String, Double>> stages = new LinkedHashMap<>();
        stages.put("outbox written → notification row (occurred_at → notification.created_at)", stage);
        stages.put("events per second through each stage (count / span of its timestamps)", rates);
        return stages;
    }

    /** Events per second over the span of their timestamps. */
    static double rate(List<Instant> times) {
        if (times.size() < 2) {
            return 0;
        }
        Instant first = times.stream().min(Instant::compareTo).orElseThrow();
        Instant last = times.stream().max(Instant::compareTo).orElseThrow();
        double seconds = Duration.between(first, last).toNanos() / 1e9;
        return seconds == 0 ? 0 : LatencyStats.round((times.size() - 1) / seconds, 1);
    }
}
