package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The benchmark's scenarios against the running platform; each returns what the report shows. */
final class Scenarios {

    static final String LISTING = "board listing";
    static final String SEARCH = "board search";
    static final String AWARDS = "award list";
    static final String VERIFICATION = "certificate verification";
    static final List<String> READS = List.of(LISTING, SEARCH, AWARDS, VERIFICATION);
    /** The reads whose data the scale scenario multiplies. */
    static final List<String> SCALED = List.of(LISTING, SEARCH, VERIFICATION);

    static final String SEARCH_TEXT = "电池回收";
    static final List<String> SERVICES_AND_GATEWAY = List.of(
            "conference-service", "alliance-service", "training-service", "notification-service", Platform.GATEWAY);
    static final double GENERATOR_CHECK_RATE = 1000;

    /** How hard and how long; defaults fit about ten minutes on a 2-core machine, platform start included. */
    record Settings(
            double readRate,
            Duration readDuration,
            Duration closedWarmUp,
            Duration closedDuration,
            int concurrency,
            int writeConcurrency,
            Duration writeDuration,
            double eventRate,
            Duration eventDuration,
            double eventLowRate,
            Duration eventLowDuration,
            Duration eventWarmUp,
            Duration pollInterval,
            int exportDownloads,
            double downloadRate,
            Duration downloadDuration,
            int downloadConcurrency,
            Duration downloadClosedDuration,
            double notificationRate,
            Duration notificationDuration,
            Duration notificationPoll,
            double webhookLowRate,
            double webhookRate,
            Duration webhookDuration) {

        static Settings fromEnvironment() {
            return new Settings(
                    number("BENCH_READ_RATE", 100),
                    seconds("BENCH_READ_SECONDS", 20),
                    Duration.ofSeconds(1),
                    seconds("BENCH_CLOSED_SECONDS", 3),
                    (int) number("BENCH_CONCURRENCY", 8),
                    (int) number("BENCH_WRITE_CONCURRENCY", 4),
                    seconds("BENCH_WRITE_SECONDS", 8),
                    number("BENCH_EVENT_RATE", 200),
                    seconds("BENCH_EVENT_SECONDS", 60),
                    number("BENCH_EVENT_LOW_RATE", 50),
                    seconds("BENCH_EVENT_LOW_SECONDS", 15),
                    seconds("BENCH_EVENT_WARMUP_SECONDS", 30),
                    Duration.ofMillis(5),
                    (int) number("BENCH_EXPORT_DOWNLOADS", 3),
                    number("BENCH_DOWNLOAD_RATE", 10),
                    seconds("BENCH_DOWNLOAD_SECONDS", 15),
                    (int) number("BENCH_DOWNLOAD_CONCURRENCY", 4),
                    seconds("BENCH_DOWNLOAD_CLOSED_SECONDS", 5),
                    number("BENCH_NOTIFICATION_RATE", 20),
                    seconds("BENCH_NOTIFICATION_SECONDS", 30),
                    Duration.ofMillis((long) number("BENCH_NOTIFICATION_POLL_MS", 50)),
                    number("BENCH_WEBHOOK_LOW_RATE", 5),
                    number("BENCH_WEBHOOK_RATE", 20),
                    seconds("BENCH_WEBHOOK_SECONDS", 30));
        }

        private static double number(String variable, double otherwise) {
            String value = System.getenv(variable);
            return value == null || value.isBlank() ? otherwise : Double.parseDouble(value);
        }

        private static Duration seconds(String variable, double otherwise) {
            return Duration.ofMillis(Math.round(number(variable, otherwise) * 1000));
        }
    }

    private final Platform platform;
    private final HttpLoad http;
    private final Settings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong intents = new AtomicLong();
    /** Events from before (the platform's start) are not the benchmark's backlog. */
    private final Instant started = Instant.now();

    private String conferenceId;
    private List<String[]> certificates;
    private String researcherToken;

    Scenarios(Platform platform, HttpLoad http, Settings settings) {
        this.platform = platform;
        this.http = http;
        this.settings = settings;
    }

    /** The demo conference (the one with announced awards), the demo certificates, a researcher's token. */
    void prepare() throws Exception {
        try (Connection conference = platform.database("conference");
                Statement s = conference.createStatement();
                ResultSet rows = s.executeQuery(
                        "select conference_id::text from award_announcement order by announced_at limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("no conference with announced awards: is the demo data on?");
            }
            conferenceId = rows.getString(1);
        }
        certificates = DataLoader.certificates(platform, 2000);
        if (certificates.isEmpty()) {
            throw new IllegalStateException("no certificate in the training database: is the demo data on?");
        }
        researcherToken = platform.token("fancong");
    }

    /**
     * Not reported as figures: brings every path through the JIT before anything is measured. A short closed loop per
     * endpoint and route, so that cold services are driven as fast as they answer but never flooded.
     */
    Phase warmUp(List<String> endpoints, Duration perTarget) {
        List<Call.Target> targets = new ArrayList<>();
        endpoints.forEach(e -> targets.addAll(targets(e)));
        return measure(
                "warm-up",
                "closed loop, 2 in flight, " + perTarget.toMillis() / 1000.0 + " s per endpoint and route; not counted",
                () -> {
                    List<RunResult> results = new ArrayList<>();
                    for (Call.Target t : targets) {
                        results.add(ClosedLoop.run(http, t, 2, Duration.ZERO, perTarget));
                    }
                    return new OpenLoop.Outcome(results, null, null);
                });
    }

    /**
     * The generator alone: a trivial server inside its own JVM (so the generator's CPU covers both ends) at several
     * times the highest rate of any scenario.
     */
    Phase generatorCheck() {
        String url = http.startTrivialServer();
        var trivial = new Call.Target("trivial in-process server", "loopback", () -> Call.get(url + "/"));
        // the same load unmeasured first: the server's side of this JVM is cold, and the JIT would be measured too
        OpenLoop.run(http, List.of(trivial), GENERATOR_CHECK_RATE, Duration.ofSeconds(3));
        return measure(
                "generator check",
                "the generator against a trivial HTTP server in its own JVM at " + GENERATOR_CHECK_RATE + " requests/s",
                () -> OpenLoop.run(http, List.of(trivial), GENERATOR_CHECK_RATE, Duration.ofSeconds(5)));
    }

    /**
     * Each endpoint direct and through the gateway, interleaved on one constant-rate schedule: the service receives
     * {@code readRate} requests per second, half of them through the gateway.
     */
    List<Phase> reads(String label, List<String> endpoints) {
        List<Phase> phases = new ArrayList<>();
        double perRoute = settings.readRate() / 2;
        for (String endpoint : endpoints) {
            phases.add(measure(
                    label + ": " + endpoint,
                    "open model, " + settings.readRate() + "/s on the service: " + perRoute + "/s direct and "
                            + perRoute + "/s through the gateway, interleaved",
                    () -> OpenLoop.run(http, targets(endpoint), perRoute, settings.readDuration())));
        }
        return phases;
    }

    /** 100,000 board items and 100,000 certificates; the verification sample is drawn again from them. */
    List<DataLoader.Load> loadData() throws Exception {
        List<DataLoader.Load> loads = new ArrayList<>();
        loads.add(DataLoader.run(platform, "alliance", "board_item", "alliance-board-100k.sql"));
        loads.add(DataLoader.run(platform, "training", "certificate", "training-certificates-100k.sql"));
        certificates = DataLoader.certificates(platform, 2000);
        return loads;
    }

    /**
     * Maximum throughput per endpoint, direct and through the gateway, in the order direct, gateway, gateway, direct so
     * that a drift of the machine's background load affects both routes alike.
     */
    List<Phase> maxThroughput(List<String> endpoints) {
        List<Phase> phases = new ArrayList<>();
        for (String endpoint : endpoints) {
            List<Call.Target> routes = targets(endpoint);
            phases.add(measure(
                    "max throughput: " + endpoint,
                    "closed loop, " + settings.concurrency() + " in flight, direct/gateway/gateway/direct",
                    () -> new OpenLoop.Outcome(closedLoops(routes), null, null)));
        }
        return phases;
    }

    /** A typical create with its outbox event, as fast as it goes: direct, then through the gateway. */
    Phase writes() {
        var direct = new Call.Target("intent POST", "direct", intentCalls(platform.url("conference-service")));
        var gateway = new Call.Target("intent POST", "gateway", intentCalls(platform.url(Platform.GATEWAY)));
        return measure(
                "writes", "closed loop, " + settings.writeConcurrency() + " in flight, researcher fancong", () -> {
                    List<RunResult> results = new ArrayList<>();
                    for (Call.Target t : List.of(direct, gateway)) {
                        results.add(ClosedLoop.run(
                                http, t, settings.writeConcurrency(), Duration.ofSeconds(2), settings.writeDuration()));
                    }
                    return new OpenLoop.Outcome(results, null, null);
                });
    }

    /** Waits until alliance has an offer for every intent of conference (the writes' events have arrived). */
    double awaitEventsDrained(Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long intentsMade;
            long offers;
            try (Connection c = platform.database("conference");
                    Statement s = c.createStatement()) {
                intentsMade = DataLoader.count(s, "collaboration_intent");
            }
            try (Connection a = platform.database("alliance");
                    Statement s = a.createStatement();
                    ResultSet rows = s.executeQuery(
                            "select count(*) from technology_offer where source_type = 'conference-intent'")) {
                rows.next();
                offers = rows.getLong(1);
            }
            if (offers >= intentsMade) {
                return LatencyStats.round((System.nanoTime() - started) / 1e9, 1);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("alliance did not catch up with conference's intents within " + timeout);
    }

    record Events(Phase phase, EventLatency.Result result) {}

    /** Intents POSTed at {@code rate} for {@code duration}, each followed until its offer is visible in alliance. */
    Events events(String name, double rate, Duration duration) throws Exception {
        EventLatency.Result[] result = new EventLatency.Result[1];
        Phase phase = measure(
                name,
                "intent POSTs direct at " + rate + "/s for " + duration.toSeconds() + " s; probe polls alliance every "
                        + settings.pollInterval().toMillis() + " ms",
                () -> {
                    result[0] = EventLatency.run(
                            platform,
                            http,
                            intentCalls(platform.url("conference-service")),
                            rate,
                            duration,
                            settings.pollInterval());
                    return new OpenLoop.Outcome(
                            List.of(result[0].posts(), result[0].commitToVisible(), result[0].requestToVisible()),
                            null,
                            null);
                });
        return new Events(phase, result[0]);
    }

    record Exports(Phase phase, List<ExportDownloads.Result> results) {}

    /**
     * The whole board as a file through the gateway, as the secretariat: {@code exportDownloads} CSV downloads, then as
     * many Excel ones, one at a time, with alliance-service's heap sampled meanwhile.
     */
    Exports exports() throws Exception {
        String token = platform.token("secretariat");
        var downloads = new ExportDownloads(platform);
        List<ExportDownloads.Result> results = new ArrayList<>();
        Phase phase = measure(
                "exports",
                "GET " + ExportDownloads.PATH + " through the gateway as the secretariat, " + settings.exportDownloads()
                        + " downloads as CSV then as many as Excel, one at a time",
                () -> {
                    for (String format : List.of("csv", "xlsx")) {
                        ExportDownloads.Result r = downloads.run(format, settings.exportDownloads(), token);
                        System.out.printf(
                                "[bench]   board export %-4s %,d rows, %,d bytes, p50 %.2f s, max %.2f s, "
                                        + "%,.0f rows/s, heap max %.0f MiB, errors %d%n",
                                format,
                                r.rows(),
                                r.bytes(),
                                r.p50Seconds(),
                                r.maxSeconds(),
                                r.rowsPerSecond(),
                                r.heapUsedMaxMiB(),
                                r.errors());
                        results.add(r);
                    }
                    return new OpenLoop.Outcome(List.of(), null, null);
                });
        return new Exports(phase, results);
    }

    /** @param failures a download that could not be checked (its figures would mean nothing): why, by name */
    record Downloads(List<Phase> phases, List<FileDownloads.Result> results, Map<String, String> failures) {}

    /**
     * Each kind of file download through the gateway as the role that may: a closed loop for throughput, then an open
     * loop for latency at the set rate, or at half the closed loop's throughput when that is lower (a rate the path
     * sustains, so the latency is not a queue's).
     */
    Downloads downloads() throws Exception {
        var files = new FileDownloads(platform);
        List<Phase> phases = new ArrayList<>();
        List<FileDownloads.Result> results = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (FileDownloads.Download d : files.prepare()) {
            Rest.Answer checked;
            try {
                checked = files.check(d);
            } catch (IllegalStateException e) {
                System.out.println("[bench]   " + e.getMessage());
                failures.put(d.endpoint(), e.getMessage());
                continue;
            }
            FileDownloads.Result[] result = new FileDownloads.Result[1];
            phases.add(measure(
                    "downloads: " + d.endpoint(),
                    "GET through the gateway as " + d.role() + ": closed loop, " + settings.downloadConcurrency()
                            + " in flight for "
                            + settings.downloadClosedDuration().toSeconds() + " s after 1 s; then "
                            + "open model for " + settings.downloadDuration().toSeconds() + " s",
                    () -> {
                        RunResult closed = ClosedLoop.run(
                                http,
                                d.target(),
                                settings.downloadConcurrency(),
                                Duration.ofSeconds(1),
                                settings.downloadClosedDuration());
                        double rate =
                                Math.min(settings.downloadRate(), Math.max(1, Math.floor(closed.achievedRate() / 2)));
                        OpenLoop.Outcome open =
                                OpenLoop.run(http, List.of(d.target()), rate, settings.downloadDuration());
                        RunResult latency = open.results().get(0);
                        result[0] = new FileDownloads.Result(
                                d.endpoint(),
                                d.role(),
                                d.path(),
                                checked.contentType(),
                                checked.body().length,
                                rate,
                                closed,
                                latency);
                        return new OpenLoop.Outcome(
                                List.of(closed, latency), open.schedulerLagP99Ms(), open.schedulerLagMaxMs());
                    }));
            results.add(result[0]);
        }
        return new Downloads(phases, results, failures);
    }

    /** @param drainedSeconds how long notification-service took to catch up first (null: it had not in 3 min) */
    record Notifications(
            Double drainedSeconds,
            Phase latencyPhase,
            NotificationLatency.Result latency,
            List<Phase> reads,
            Phase markRead) {}

    /**
     * Commit → notification visible at the set rate; then the notified officer reading their list and unread count
     * (open model at the reads' rate, direct and through the gateway interleaved, then closed loops as in "max") and
     * marking notifications read through the gateway at the set rate for 10 s.
     */
    Notifications notifications() throws Exception {
        String researcher = platform.token("fancong");
        // not counted: the path's first events (directory look-ups, JIT, the consumer's first records of the
        // intents' partitions) took seconds on a fresh platform, which is start-up, not the path's latency
        System.out.println("[bench] notifications: warm-up, 5 s at the rate, not counted ...");
        NotificationLatency.run(
                platform,
                http,
                researcher,
                settings.notificationRate(),
                Duration.ofSeconds(5),
                settings.notificationPoll());
        Double drained = NotificationLatency.awaitDrained(platform, started, Duration.ofMinutes(3));
        NotificationLatency.Result[] result = new NotificationLatency.Result[1];
        Phase latency = measure(
                "notifications: commit → visible",
                "OFFER intents through the gateway at " + settings.notificationRate() + "/s for "
                        + settings.notificationDuration().toSeconds() + " s; the officer's unread list polled every "
                        + settings.notificationPoll().toMillis() + " ms through the gateway",
                () -> {
                    result[0] = NotificationLatency.run(
                            platform,
                            http,
                            researcher,
                            settings.notificationRate(),
                            settings.notificationDuration(),
                            settings.notificationPoll());
                    return new OpenLoop.Outcome(
                            List.of(result[0].posts(), result[0].commitToVisible(), result[0].requestToVisible()),
                            null,
                            null);
                });
        var reads = new NotificationReads(
                platform, platform.token(result[0].recipient().user()));
        double perRoute = settings.readRate() / 2;
        List<Phase> phases = new ArrayList<>();
        for (String endpoint : List.of(NotificationReads.LIST, NotificationReads.UNREAD)) {
            List<Call.Target> routes = reads.targets(endpoint);
            phases.add(measure(
                    "notifications: " + endpoint,
                    "as " + result[0].recipient().user() + ": open model, " + perRoute + "/s direct and " + perRoute
                            + "/s through the gateway, interleaved; then closed loops, " + settings.concurrency()
                            + " in flight, direct/gateway/gateway/direct",
                    () -> {
                        OpenLoop.Outcome open = OpenLoop.run(http, routes, perRoute, settings.readDuration());
                        List<RunResult> results = new ArrayList<>(open.results());
                        results.addAll(closedLoops(routes));
                        return new OpenLoop.Outcome(results, open.schedulerLagP99Ms(), open.schedulerLagMaxMs());
                    }));
        }
        Duration markFor = Duration.ofSeconds(10);
        Call.Target mark = reads.markRead((int) Math.ceil(settings.notificationRate() * markFor.toSeconds()));
        Phase markRead = measure(
                "notifications: " + NotificationReads.MARK_READ,
                "POST /api/notifications/notifications/{id}/read through the gateway at " + settings.notificationRate()
                        + "/s for " + markFor.toSeconds() + " s, each a different notification",
                () -> OpenLoop.run(http, List.of(mark), settings.notificationRate(), markFor));
        return new Notifications(drained, latency, result[0], phases, markRead);
    }

    record Webhooks(List<Phase> phases, List<WebhookDeliveries.Result> results) {}

    /**
     * A partner's webhook subscription receiving the intents' events: at a low rate, then at the set rate, each run
     * followed until every delivery arrived (at most two minutes after the last POST).
     */
    Webhooks webhooks() throws Exception {
        String researcher = platform.token("fancong");
        List<Phase> phases = new ArrayList<>();
        List<WebhookDeliveries.Result> results = new ArrayList<>();
        try (var hooks = new WebhookDeliveries(platform)) {
            NotificationLatency.awaitDrained(platform, started, Duration.ofMinutes(3));
            hooks.subscribe();
            for (double rate : List.of(settings.webhookLowRate(), settings.webhookRate())) {
                WebhookDeliveries.Result[] result = new WebhookDeliveries.Result[1];
                phases.add(measure(
                        "webhooks at " + Report.fmt(rate) + " events/s",
                        "OFFER intents through the gateway at " + rate + "/s for "
                                + settings.webhookDuration().toSeconds() + " s, each delivered to a receiver in this "
                                + "process",
                        () -> {
                            result[0] = hooks.run(
                                    http, researcher, rate, settings.webhookDuration(), Duration.ofMinutes(2));
                            return new OpenLoop.Outcome(
                                    List.of(
                                            result[0].posts(),
                                            result[0].commitToReceived(),
                                            result[0].requestToReceived()),
                                    null,
                                    null);
                        }));
                results.add(result[0]);
                System.out.printf(
                        "[bench]   webhooks at %.0f/s: %d created, %d delivered, %d duplicates, %d missing, %d bad "
                                + "signatures, %.1f deliveries/s%n",
                        rate,
                        result[0].created(),
                        result[0].delivered(),
                        result[0].duplicates(),
                        result[0].missing(),
                        result[0].badSignatures(),
                        result[0].deliveriesPerSecond());
            }
        }
        return new Webhooks(phases, results);
    }

    /** Resident memory of every process group now (after the load) and at its peak; start-up times from the logs. */
    Map<String, Map<String, Object>> footprint() {
        Map<String, Double> startup = platform.startupSeconds();
        Map<String, Map<String, Object>> footprint = new LinkedHashMap<>();
        platform.processes().forEach((group, pids) -> {
            long rss = 0;
            long peak = 0;
            long pss = 0;
            for (long pid : pids) {
                Map<String, Long> memory = Machine.memory(pid);
                rss += memory.getOrDefault("VmRSS", 0L);
                peak += memory.getOrDefault("VmHWM", 0L);
                pss += memory.getOrDefault("Pss", 0L);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("processes", pids.size());
            entry.put("rssMiB", rss);
            entry.put("peakRssMiB", peak);
            entry.put("pssMiB", pss);
            if (pids.size() == 1 && (SERVICES_AND_GATEWAY.contains(group))) {
                entry.putAll(Machine.javaMemory(pids.get(0)));
                Map<String, Long> nativeMemory = Machine.nativeMemory(pids.get(0));
                if (!nativeMemory.isEmpty()) {
                    entry.put("nativeMemoryCommittedMiB", nativeMemory);
                }
            }
            entry.put("startupSeconds", startup.get(group));
            footprint.put(group, entry);
        });
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("startupSeconds", startup.get("whole platform (launcher: ready)"));
        footprint.put("whole platform (launcher: ready)", whole);
        return footprint;
    }

    /** An endpoint on the service's own port and through the gateway: same path and query. */
    static String service(String endpoint) {
        return switch (endpoint) {
            case LISTING, SEARCH -> "alliance-service";
            case AWARDS -> "conference-service";
            case VERIFICATION -> "training-service";
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private List<Call.Target> targets(String endpoint) {
        String service = service(endpoint);
        Supplier<String> path = switch (endpoint) {
            case LISTING -> () -> "/api/alliance/board-items?size=20";
            case SEARCH ->
                () -> "/api/alliance/board-items?size=20&q=" + URLEncoder.encode(SEARCH_TEXT, StandardCharsets.UTF_8);
            case AWARDS -> () -> "/api/conference/awards/" + conferenceId;
            default ->
                () -> {
                    String[] c = certificates.get(ThreadLocalRandom.current().nextInt(certificates.size()));
                    return "/api/training/certificate-verifications/" + c[0] + "?code=" + c[1];
                };
        };
        return List.of(
                new Call.Target(endpoint, "direct", () -> Call.get(platform.url(service) + path.get())),
                new Call.Target(endpoint, "gateway", () -> Call.get(platform.url(Platform.GATEWAY) + path.get())));
    }

    private static final String[][] INTENT_TOPICS = {
        {"新型有机钾离子电池成果转化", "化学", "钾离子电池"},
        {"动力电池梯次利用技术合作", "材料科学", "梯次利用"},
        {"钒钛磁铁矿综合利用联合攻关", "冶金工程", "钒钛"},
        {"玉米株型调控育种技术推广", "作物遗传育种", "玉米育种"},
        {"无机钙钛矿太阳能电池中试", "物理学", "钙钛矿"}
    };

    /** New collaboration intents of the researcher fancong, Chinese and each one distinct. */
    private Supplier<Call> intentCalls(String baseUrl) {
        return () -> {
            long n = intents.incrementAndGet();
            String[] topic = INTENT_TOPICS[(int) (n % INTENT_TOPICS.length)];
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", n % 3 == 0 ? "SEEK" : "OFFER");
            body.put("title", topic[0] + "（压测" + n + "）");
            body.put("summary", "希望与重庆的化学、材料等领域的科技工作者联合攻关，并与重庆汽车企业开展产学研合作。");
            body.put("disciplines", List.of(topic[1]));
            body.put("keywords", List.of(topic[2], "成渝协同"));
            body.put("partnerTypesSought", List.of("UNIVERSITY", "ENTERPRISE"));
            body.put("regionsSought", List.of("CHONGQING"));
            body.put("institution", "电子科技大学");
            try {
                return Call.post(baseUrl + "/api/conference/intents", researcherToken, json.writeValueAsString(body));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @FunctionalInterface
    interface Body {
        OpenLoop.Outcome run() throws Exception;
    }

    /** Runs a phase with CPU and load-average accounting around it. */
    Phase measure(String name, String description, Body body) {
        Map<String, List<Long>> processes = platform.processes();
        double[] loadBefore = Machine.loadAverage();
        Instant startedAt = Instant.now();
        Machine.CpuSample before = Machine.sample(processes);
        System.out.printf("[bench] %s ...%n", name);
        OpenLoop.Outcome outcome;
        try {
            outcome = body.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
        Machine.CpuSample after = Machine.sample(processes);
        Phase phase = new Phase(
                name,
                description,
                startedAt.toString(),
                LatencyStats.round((after.nanoTime() - before.nanoTime()) / 1e9, 1),
                loadBefore,
                Machine.loadAverage(),
                Machine.busy(before, after),
                Machine.coresUsed(processes, before, after),
                outcome.schedulerLagP99Ms(),
                outcome.schedulerLagMaxMs(),
                outcome.results());
        for (RunResult r : phase.results()) {
            System.out.printf(
                    "[bench]   %-40s %7.1f/s p50 %7.2f p99 %7.2f max %8.2f ms errors %d%n",
                    r.name(), r.achievedRate(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.errors());
        }
        return phase;
    }

    /** Closed loops on the routes in the order direct, gateway, gateway, direct, so that drift favours neither. */
    private List<RunResult> closedLoops(List<Call.Target> routes) throws InterruptedException {
        List<RunResult> results = new ArrayList<>();
        for (Call.Target t : List.of(routes.get(0), routes.get(1), routes.get(1), routes.get(0))) {
            results.add(ClosedLoop.run(
                    http, t, settings.concurrency(), settings.closedWarmUp(), settings.closedDuration()));
        }
        return results;
    }
}
