package cn.chuanyu.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmark against a running embedded platform; bench/run starts the platform, calls this, stops it.
 *
 * <pre>
 * java -jar bench/target/bench.jar --launcher-pid=N --data-dir=PATH --launcher-log=PATH --report-dir=PATH
 *     --ports=gateway:28080,conference-service:28081,alliance-service:28082,training-service:28083,
 *             notification-service:28084,keycloak:28180,postgres:25432,alliance-service-management:29082
 *     [--commit=ID] [--load-before-platform="1.0 0.8 0.5"]
 * </pre>
 *
 * Scenarios, in order: warm-up, generator check, reads on the demo data (direct and gateway), data load to 100,000
 * board items and certificates, the same reads again, maximum throughput per endpoint, writes, event latency, exports
 * of the whole board, file downloads, notifications (commit → visible, reading them), webhook deliveries, footprint.
 * Settings from BENCH_* environment variables (see {@link Scenarios.Settings}).
 */
public final class Benchmark {

    private static final String ALL_PHASES = "reads,scale,max,writes,events,exports,downloads,notifications,webhooks";

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String entry : required(options, "ports").split(",")) {
            String[] kv = entry.split(":");
            ports.put(kv[0], Integer.parseInt(kv[1]));
        }
        var platform = new Platform(
                ports,
                Long.parseLong(required(options, "launcher-pid")),
                Path.of(required(options, "data-dir")),
                Path.of(required(options, "launcher-log")));
        Path reportDirectory = Path.of(required(options, "report-dir"));
        var settings = Scenarios.Settings.fromEnvironment();
        // a subset while working on one figure; a report of record runs them all
        Set<String> phases = Set.of(Optional.ofNullable(System.getenv("BENCH_PHASES"))
                .filter(p -> !p.isBlank())
                .orElse(ALL_PHASES)
                .split(","));
        if (!Set.of(ALL_PHASES.split(",")).containsAll(phases)) {
            throw new IllegalArgumentException("BENCH_PHASES takes some of " + ALL_PHASES + ", got " + phases);
        }

        Report report = new Report();
        report.run.put("started", now());
        report.run.put("commit", options.getOrDefault("commit", "unknown"));
        report.run.put("settings", settings(settings));
        report.run.put("phases", String.join(",", new TreeSet<>(phases)));
        report.machine = Machine.facts();
        if (options.containsKey("load-before-platform")) {
            String[] f = options.get("load-before-platform").trim().split("\\s+");
            report.loadAverage.put(
                    "before the platform started",
                    new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        report.loadAverage.put("benchmark start (platform up, idle)", Machine.loadAverage());
        int exit = 0;
        try (HttpLoad http = new HttpLoad(64)) {
            var scenarios = new Scenarios(platform, http, settings);
            scenarios.prepare();
            report.warmUp = scenarios.warmUp(Scenarios.READS, Duration.ofSeconds(4));
            report.generatorCheck = scenarios.generatorCheck();
            if (phases.contains("reads")) {
                report.readsBefore = scenarios.reads("reads, demo data", Scenarios.READS);
            }
            if (phases.contains("scale")) {
                System.out.println("[bench] loading 100,000 board items and 100,000 certificates ...");
                report.dataLoads = scenarios.loadData();
                scenarios.warmUp(Scenarios.SCALED, Duration.ofMillis(1500));
                report.readsAfter = scenarios.reads("reads, 100k rows", Scenarios.SCALED);
            }
            if (phases.contains("max")) {
                report.maxThroughput = scenarios.maxThroughput(Scenarios.READS);
            }
            if (phases.contains("writes")) {
                report.writes = scenarios.writes();
                report.writesDrainedSeconds = scenarios.awaitEventsDrained(Duration.ofMinutes(3));
            }
            if (phases.contains("events")) {
                // first at a rate the path should sustain (its latency without a backlog), then at the target's rate
                report.eventsLow = scenarios.events(
                        "event latency, low rate", settings.eventLowRate(), settings.eventLowDuration());
                scenarios.awaitEventsDrained(Duration.ofMinutes(3));
                // the target is the path's steady state: the services' compiler is still at work after the writes and
                // the low rate (about 2,000 POSTs), which a service that has run for a while is not
                if (!settings.eventWarmUp().isZero()) {
                    scenarios.events("event path warm-up (not counted)", settings.eventRate(), settings.eventWarmUp());
                    scenarios.awaitEventsDrained(Duration.ofMinutes(3));
                    report.eventWarmUpSeconds = settings.eventWarmUp().toSeconds();
                }
                report.events = scenarios.events("event latency", settings.eventRate(), settings.eventDuration());
            }
            if (phases.contains("exports")) {
                if (!phases.contains("scale")) {
                    System.out.println("[bench] loading 100,000 board items and 100,000 certificates ...");
                    report.dataLoads = scenarios.loadData();
                }
                report.exports = scenarios.exports();
                report.exportFigures = report.exports.results().stream()
                        .map(ExportDownloads::summary)
                        .toList();
            }
            // each of these needs only the demo data: one failing does not stop the others
            exit |= optional(report, "downloads", phases, () -> {
                report.downloads = scenarios.downloads();
                report.downloadFigures = report.downloads.results().stream()
                        .map(FileDownloads::summary)
                        .toList();
            });
            exit |= optional(report, "notifications", phases, () -> report.notifications = scenarios.notifications());
            exit |= optional(report, "webhooks", phases, () -> {
                report.webhooks = scenarios.webhooks();
                report.webhookFigures = report.webhooks.results().stream()
                        .map(WebhookDeliveries::summary)
                        .toList();
            });
            report.footprint = scenarios.footprint();
        } catch (Exception e) {
            e.printStackTrace();
            report.failure = e.toString();
            exit = 1;
        }
        report.loadAverage.put("end of the benchmark", Machine.loadAverage());
        report.run.put("finished", now());
        report.evaluate();
        report.write(reportDirectory.resolve("report.md"), reportDirectory.resolve("report.json"));
        System.out.println("[bench] targets:");
        report.targets.forEach(c -> System.out.printf(
                "[bench]   %-62s %-8s %s — %s%n", c.target(), c.met() ? "MET" : "MISSED", c.measured(), c.margin()));
        System.out.println("[bench] wrote " + reportDirectory.resolve("report.md") + " and report.json");
        System.exit(exit);
    }

    @FunctionalInterface
    private interface Scenario {
        void run() throws Exception;
    }

    /** Runs a scenario if selected; a failure is reported (and makes the exit status 1) while the run goes on. */
    private static int optional(Report report, String name, Set<String> phases, Scenario scenario) {
        if (!phases.contains(name)) {
            return 0;
        }
        try {
            scenario.run();
            return 0;
        } catch (Exception e) {
            e.printStackTrace();
            report.phaseFailures.put(name, e.toString());
            return 1;
        }
    }

    private static Map<String, Object> settings(Scenarios.Settings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("readRatePerService", s.readRate());
        m.put("readSeconds", s.readDuration().toMillis() / 1000.0);
        m.put("concurrency", s.concurrency());
        m.put("closedWarmUpSeconds", s.closedWarmUp().toMillis() / 1000.0);
        m.put("closedSeconds", s.closedDuration().toMillis() / 1000.0);
        m.put("writeConcurrency", s.writeConcurrency());
        m.put("writeSeconds", s.writeDuration().toMillis() / 1000.0);
        m.put("eventRate", s.eventRate());
        m.put("eventSeconds", s.eventDuration().toMillis() / 1000.0);
        m.put("eventLowRate", s.eventLowRate());
        m.put("eventLowSeconds", s.eventLowDuration().toMillis() / 1000.0);
        m.put("eventWarmUpSeconds", s.eventWarmUp().toMillis() / 1000.0);
        m.put("pollIntervalMs", s.pollInterval().toMillis());
        m.put("exportDownloads", s.exportDownloads());
        m.put("downloadRate", s.downloadRate());
        m.put("downloadSeconds", s.downloadDuration().toMillis() / 1000.0);
        m.put("downloadConcurrency", s.downloadConcurrency());
        m.put("downloadClosedSeconds", s.downloadClosedDuration().toMillis() / 1000.0);
        m.put("notificationRate", s.notificationRate());
        m.put("notificationSeconds", s.notificationDuration().toMillis() / 1000.0);
        m.put("notificationPollMs", s.notificationPoll().toMillis());
        m.put("webhookLowRate", s.webhookLowRate());
        m.put("webhookRate", s.webhookRate());
        m.put("webhookSeconds", s.webhookDuration().toMillis() / 1000.0);
        m.put("maxConnectionsPerServer", 64);
        return m;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "= is required");
        }
        return value;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
