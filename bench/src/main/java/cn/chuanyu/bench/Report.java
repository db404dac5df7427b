package cn.chuanyu.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything one run measured, the targets checked against it, written as bench/report.md and bench/report.json. */
final class Report {

    static final double GATEWAY_P50_OVERHEAD_MS = 1.0;
    static final double GATEWAY_THROUGHPUT_RATIO = 0.80;
    static final double EVENT_P99_MS = 250;
    static final double SEARCH_P99_MS = 50;
    static final double RSS_MIB = 300;

    /** One of the targets (issue 22's, issue 8's search target): met or missed, and by how much. */
    record Check(String target, String measured, boolean met, String margin) {}

    final Map<String, Object> run = new LinkedHashMap<>();
    Map<String, Object> machine;
    final Map<String, double[]> loadAverage = new LinkedHashMap<>();
    Phase warmUp;
    Phase generatorCheck;
    List<Phase> readsBefore = List.of();
    List<Phase> readsAfter = List.of();
    List<Phase> maxThroughput = List.of();
    List<DataLoader.Load> dataLoads = List.of();
    Phase writes;
    Double writesDrainedSeconds;
    Scenarios.Events events;
    /** The same at a lower rate, for the path's latency without a backlog (not a target). */
    Scenarios.Events eventsLow;
    /** Seconds at the event rate before {@link #events}, not counted. */
    double eventWarmUpSeconds;
    /** Downloads of the whole board as CSV and Excel (not a target: issue 22 asks for the figures). */
    Scenarios.Exports exports;
    /** The exports' figures per format, for tools (report.json). */
    List<Map<String, Object>> exportFigures = List.of();
    /** The files people download (not a target: issue 22 asks for the figures). */
    Scenarios.Downloads downloads;

    List<Map<String, Object>> downloadFigures = List.of();
    /** Commit → notification visible, and reading one's notifications. */
    Scenarios.Notifications notifications;
    /** A partner's signed webhook deliveries. */
    Scenarios.Webhooks webhooks;

    List<Map<String, Object>> webhookFigures = List.of();

    Map<String, Map<String, Object>> footprint = Map.of();
    List<Check> targets = List.of();
    String failure;
    /** Scenarios that failed while the run went on: what, and why. */
    final Map<String, String> phaseFailures = new LinkedHashMap<>();

    void evaluate() {
        List<Check> checks = new ArrayList<>();
        if (!readsBefore.isEmpty()) {
            Phase worst = null;
            double overhead = Double.NEGATIVE_INFINITY;
            for (Phase p : readsBefore) {
                double o = p.result("gateway").p50Ms() - p.result("direct").p50Ms();
                if (o > overhead) {
                    overhead = o;
                    worst = p;
                }
            }
            checks.add(new Check(
                    "gateway adds ≤ " + fmt(GATEWAY_P50_OVERHEAD_MS) + " ms at p50",
                    "+" + fmt(overhead) + " ms (worst: " + endpoint(worst) + "; each endpoint in §1)",
                    overhead <= GATEWAY_P50_OVERHEAD_MS,
                    margin(overhead, GATEWAY_P50_OVERHEAD_MS, " ms")));
        }
        if (!maxThroughput.isEmpty()) {
            Phase worst = null;
            double lowest = Double.POSITIVE_INFINITY;
            // issue 22 names the award list and the board listing; the other endpoints' ratios are in the table
            for (Phase p : maxThroughput) {
                if (!p.name().endsWith(Scenarios.AWARDS) && !p.name().endsWith(Scenarios.LISTING)) {
                    continue;
                }
                double ratio = ratio(p);
                if (ratio < lowest) {
                    lowest = ratio;
                    worst = p;
                }
            }
            checks.add(new Check(
                    "gateway throughput ≥ " + pct(GATEWAY_THROUGHPUT_RATIO) + " of direct (award list, board listing)",
                    pct(lowest) + " (lowest: " + endpoint(worst) + ")",
                    lowest >= GATEWAY_THROUGHPUT_RATIO,
                    lowest >= GATEWAY_THROUGHPUT_RATIO
                            ? "met by " + pct(lowest - GATEWAY_THROUGHPUT_RATIO) + " points"
                            : "missed by " + pct(GATEWAY_THROUGHPUT_RATIO - lowest) + " points"));
        }
        if (events != null) {
            EventLatency.Result e = events.result();
            double p99 = e.commitToVisible().p99Ms();
            double rate = e.posts().achievedRate();
            boolean rateHeld = rate >= 0.95 * e.posts().targetRate();
            boolean allSeen = e.seen() == e.created();
            checks.add(new Check(
                    "event p99 < " + fmt(EVENT_P99_MS) + " ms at "
                            + fmt(e.posts().targetRate()) + " events/s for "
                            + fmt((double)
                                    Math.round(e.posts().requests() / e.posts().targetRate())) + " s",
                    "p99 " + fmt(p99) + " ms at " + fmt(rate) + "/s achieved, " + e.seen() + " of " + e.created()
                            + " seen",
                    p99 < EVENT_P99_MS && rateHeld && allSeen,
                    margin(p99, EVENT_P99_MS, " ms")
                            + (rateHeld ? "" : "; rate not held")
                            + (allSeen ? "" : "; " + (e.created() - e.seen()) + " not seen")));
        }
        Phase search = readsAfter.stream()
                .filter(p -> p.name().endsWith(Scenarios.SEARCH))
                .findFirst()
                .orElse(null);
        if (search != null) {
            RunResult direct = search.result("direct");
            RunResult gateway = search.result("gateway");
            double worst = Math.max(direct.p99Ms(), gateway.p99Ms());
            double serviceRate = direct.targetRate() + gateway.targetRate();
            boolean rateHeld = direct.achievedRate() + gateway.achievedRate() >= 0.95 * serviceRate;
            checks.add(new Check(
                    "search p99 < " + fmt(SEARCH_P99_MS) + " ms at " + fmt(serviceRate) + "/s over 100,000 items",
                    "direct " + fmt(direct.p99Ms()) + " ms, gateway " + fmt(gateway.p99Ms()) + " ms",
                    worst < SEARCH_P99_MS && rateHeld,
                    margin(worst, SEARCH_P99_MS, " ms") + (rateHeld ? "" : "; rate not held")));
        }
        if (!footprint.isEmpty()) {
            String heaviest = null;
            long rss = -1;
            for (String app : Scenarios.SERVICES_AND_GATEWAY) {
                long r = ((Number) footprint.get(app).get("rssMiB")).longValue();
                if (r > rss) {
                    rss = r;
                    heaviest = app;
                }
            }
            checks.add(new Check(
                    "no service above " + fmt(RSS_MIB) + " MiB RSS after the run",
                    rss + " MiB (" + heaviest + ")",
                    rss <= RSS_MIB,
                    margin(rss, RSS_MIB, " MiB")));
        }
        targets = checks;
    }

    /** Gateway throughput over direct in a max-throughput phase (mean of its two runs each). */
    static double ratio(Phase p) {
        double direct = p.results().stream()
                .filter(r -> r.route().equals("direct"))
                .mapToDouble(RunResult::achievedRate)
                .average()
                .orElse(0);
        double gateway = p.results().stream()
                .filter(r -> r.route().equals("gateway"))
                .mapToDouble(RunResult::achievedRate)
                .average()
                .orElse(0);
        return direct == 0 ? 0 : gateway / direct;
    }

    void write(Path markdown, Path json) throws IOException {
        Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        Files.writeString(json, mapper.writeValueAsString(this), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Chuanyu platform benchmark\n\n");
        md.append("Written by `bench/run` (method and the meaning of each figure: [README.md](README.md)). ");
        md.append("Run ").append(run.get("started")).append(" → ").append(run.get("finished"));
        md.append(", commit `").append(run.get("commit")).append("`.\n\n");
        if (failure != null) {
            md.append("**The run did not complete:** ").append(failure).append("\n\n");
        }
        phaseFailures.forEach((phase, why) -> md.append("**The ")
                .append(phase)
                .append(" scenario failed:** ")
                .append(why)
                .append("\n\n"));
        md.append("## Machine\n\n");
        if (machine != null) {
            md.append(String.format(
                    "%s cores (%s), %s MiB, %s, %s. Every process (generator, platform, and whatever else "
                            + "runs on the machine) shares these cores.%n%n",
                    machine.get("cores"),
                    machine.get("cpu"),
                    machine.get("memoryMiB"),
                    machine.get("os"),
                    machine.get("jvm")));
        }
        md.append("| load average (1/5/15 min) | |\n|---|---|\n");
        loadAverage.forEach((when, load) ->
                md.append("| ").append(when).append(" | ").append(load(load)).append(" |\n"));
        md.append(
                "\nA load average above the core count means other work competed for the CPU: figures from such a run "
                        + "are noisy and pessimistic.\n\n");

        md.append("## Targets (issue 22; search: issue 8)\n\n| target | measured | result |\n|---|---|---|\n");
        for (Check c : targets) {
            md.append("| ")
                    .append(c.target())
                    .append(" | ")
                    .append(c.measured())
                    .append(" | ")
                    .append(c.met() ? "**met**" : "**missed**")
                    .append(": ")
                    .append(c.margin())
                    .append(" |\n");
        }

        md.append("\n## 1. Public reads, direct and through the gateway (demo data)\n\n");
        md.append("Open model (constant rate, latency from each request's intended send time). The service receives "
                + fmt(settingDouble("readRatePerService")) + " requests/s: half direct, half through the gateway, "
                + "interleaved request by request. Overhead = gateway minus direct.\n\n");
        readTable(md, readsBefore);
        md.append("\n### Maximum throughput (closed loop)\n\n");
        md.append(String.format(
                "%d requests in flight, %s s measured after %s s warm-up, in the order direct, gateway, "
                        + "gateway, direct.%n%n",
                settingInt("concurrency"), setting("closedSeconds"), setting("closedWarmUpSeconds")));
        md.append(
                "| endpoint | direct req/s | gateway req/s | gateway/direct | direct p50 / p99 ms | gateway p50 / p99 "
                        + "ms | errors | machine CPU busy |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Phase p : maxThroughput) {
            List<RunResult> d =
                    p.results().stream().filter(r -> r.route().equals("direct")).toList();
            List<RunResult> g = p.results().stream()
                    .filter(r -> r.route().equals("gateway"))
                    .toList();
            md.append("| ")
                    .append(endpoint(p))
                    .append(" | ")
                    .append(rates(d))
                    .append(" | ")
                    .append(rates(g))
                    .append(" | ")
                    .append(pct(ratio(p)))
                    .append(" | ")
                    .append(fmt(d.get(0).p50Ms()))
                    .append(" / ")
                    .append(fmt(d.get(0).p99Ms()))
                    .append(" | ")
                    .append(fmt(g.get(0).p50Ms()))
                    .append(" / ")
                    .append(fmt(g.get(0).p99Ms()))
                    .append(" | ")
                    .append(p.results().stream().mapToLong(RunResult::errors).sum())
                    .append(" | ")
                    .append(pct(p.machineCpuBusy()))
                    .append(" |\n");
        }

        md.append("\n## 2. Writes: a collaboration intent with its outbox event\n\n");
        if (writes != null) {
            md.append("POST /api/conference/intents as researcher fancong (token from Keycloak), closed loop, ")
                    .append(settingInt("writeConcurrency"))
                    .append(" in flight; each commits the intent and its outbox row, "
                            + "whose event alliance-service then consumes.\n\n");
            resultTable(md, writes.results(), false);
            if (writesDrainedSeconds != null) {
                md.append("\nAlliance had consumed every event ")
                        .append(fmt(writesDrainedSeconds))
                        .append(" s after the last write.\n");
            }
        }

        md.append("\n## 3. Event latency end to end\n\n");
        if (events != null && eventWarmUpSeconds > 0) {
            md.append("After the lower rate below, intents were POSTed at the same rate for ")
                    .append(fmt(eventWarmUpSeconds))
                    .append(" s, not counted (the services' JIT compilers were still at work on the write path), ")
                    .append("and alliance had caught up, before this run.\n\n");
        }
        if (events != null) {
            eventSection(md, events);
        }
        if (eventsLow != null) {
            md.append("\n### At a lower rate (for comparison; not a target)\n\n");
            eventSection(md, eventsLow);
        }

        md.append("\n## 4. Scale: 100,000 board items and 100,000 certificates\n\n");
        md.append("| script | database | rows before | rows after | seconds |\n|---|---|---|---|---|\n");
        for (DataLoader.Load l : dataLoads) {
            md.append("| `")
                    .append(l.script())
                    .append("` | ")
                    .append(l.database())
                    .append(" (")
                    .append(l.table())
                    .append(") | ")
                    .append(l.rowsBefore())
                    .append(" | ")
                    .append(l.rowsAfter())
                    .append(" | ")
                    .append(fmt(l.seconds()))
                    .append(" |\n");
        }
        md.append("\nThe same reads after the load (same rate, same interleaving):\n\n");
        readTable(md, readsAfter);
        md.append("\nBefore → after, p50 / p99 ms:\n\n| endpoint | direct | gateway |\n|---|---|---|\n");
        for (Phase after : readsAfter) {
            Phase before = readsBefore.stream()
                    .filter(p -> endpoint(p).equals(endpoint(after)))
                    .findFirst()
                    .orElse(null);
            if (before != null) {
                md.append("| ")
                        .append(endpoint(after))
                        .append(" | ")
                        .append(growth(before.result("direct"), after.result("direct")))
                        .append(" | ")
                        .append(growth(before.result("gateway"), after.result("gateway")))
                        .append(" |\n");
            }
        }

        md.append("\n## 5. Footprint after the run\n\n");
        md.append("| process | start-up (s, as logged) | RSS now (MiB) | peak RSS (MiB) | PSS (MiB) | heap committed "
                + "(MiB) | metaspace committed (MiB) | processes |\n|---|---|---|---|---|---|---|---|\n");
        footprint.forEach((group, f) -> md.append("| ")
                .append(group)
                .append(" | ")
                .append(opt(f.get("startupSeconds")))
                .append(" | ")
                .append(opt(f.get("rssMiB")))
                .append(" | ")
                .append(opt(f.get("peakRssMiB")))
                .append(" | ")
                .append(opt(f.get("pssMiB")))
                .append(" | ")
                .append(opt(f.get("heapCommittedMiB")))
                .append(" | ")
                .append(opt(f.get("metaspaceCommittedMiB")))
                .append(" | ")
                .append(opt(f.get("processes")))
                .append(" |\n"));
        md.append("\nServices and gateway run with `-Xmx256m -XX:+UseSerialGC` and, on JDKs that have it, "
                + "`-XX:TrimNativeHeapInterval=5000` (the launcher's settings); on a build's first run they record "
                + "their startup archive, on later runs they map it (it is part of their RSS). Keycloak, "
                + "PostgreSQL and the launcher (which hosts the Kafka broker) are infrastructure, listed for "
                + "completeness. For a group of processes the RSS columns add up each process's resident set, "
                + "counting shared memory (PostgreSQL's shared buffers) once per process; PSS shares it out "
                + "and is the fair total. Heap and metaspace committed come from `jcmd <pid> GC.heap_info`; "
                + "the rest of a JVM's RSS is code cache, thread stacks, GC structures and native buffers.\n");
        footprint.forEach((group, f) -> {
            if (f.get("nativeMemoryCommittedMiB") instanceof Map<?, ?> nmt) {
                md.append("\nNative Memory Tracking, ")
                        .append(group)
                        .append(" (committed MiB): ")
                        .append(nmt.entrySet().stream()
                                .filter(e -> ((Number) e.getValue()).longValue() > 0)
                                .sorted((a, b) -> Long.compare(
                                        ((Number) b.getValue()).longValue(), ((Number) a.getValue()).longValue()))
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")))
                        .append(".\n");
            }
        });

        md.append("\n## 6. Exports: the whole board as a file\n\n");
        if (exports != null) {
            exportSection(md, exports);
        }

        md.append("\n## 7. Downloads: the files people download\n\n");
        if (downloads != null) {
            downloadSection(md, downloads);
        }
        md.append("\n## 8. Notifications: commit → visible, and reading them\n\n");
        if (notifications != null) {
            notificationSection(md, notifications);
        }
        md.append("\n## 9. Webhooks: a partner's signed deliveries\n\n");
        if (webhooks != null) {
            webhookSection(md, webhooks);
        }

        md.append("\n## The load generator is not the bottleneck\n\n");
        if (generatorCheck != null) {
            RunResult r = generatorCheck.results().get(0);
            double cpuPerRequest =
                    generatorCheck.generatorCores() * generatorCheck.seconds() * 1000 / Math.max(1, r.requests());
            md.append(String.format(
                    "Against a trivial HTTP server inside its own JVM (%s, so that no service is in the way and its "
                            + "CPU covers both ends) at %s/s, five times the highest rate of any scenario, the "
                            + "generator achieved %s/s, p50 %s ms, p99 %s ms, using %s of a core (%s ms of CPU per "
                            + "request, both ends; one core would drive about %s requests/s); its scheduler sent "
                            + "requests at most %s ms late (p99 %s ms). In every phase below the generator's CPU is a "
                            + "small share of the machine's.%n%n",
                    r.endpoint(),
                    fmt(r.targetRate()),
                    fmt(r.achievedRate()),
                    fmt(r.p50Ms()),
                    fmt(r.p99Ms()),
                    fmt(generatorCheck.generatorCores()),
                    fmt(cpuPerRequest),
                    cpuPerRequest > 0 ? String.format(Locale.ROOT, "%.0f", 1000 / cpuPerRequest) : "?",
                    fmt(generatorCheck.schedulerLagMaxMs()),
                    fmt(generatorCheck.schedulerLagP99Ms())));
        }
        md.append("CPU by process in each phase (cores; 1.0 = one core busy throughout):\n\n");
        List<Phase> all = phases();
        if (!all.isEmpty()) {
            List<String> groups = new ArrayList<>(all.get(0).cpuCores().keySet());
            md.append("| phase | s | load avg before | machine busy | sched. lag max ms | ")
                    .append(String.join(" | ", groups))
                    .append(" |\n|---|---|---|---|---|")
                    .append("---|".repeat(groups.size()))
                    .append("\n");
            for (Phase p : all) {
                md.append("| ")
                        .append(p.name())
                        .append(" | ")
                        .append(fmt(p.seconds()))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", p.loadAverageBefore()[0]))
                        .append(" | ")
                        .append(pct(p.machineCpuBusy()))
                        .append(" | ")
                        .append(p.schedulerLagMaxMs() == null ? "" : fmt(p.schedulerLagMaxMs()))
                        .append(" | ")
                        .append(groups.stream()
                                .map(g -> fmt(p.cpuCores().getOrDefault(g, 0.0)))
                                .collect(Collectors.joining(" | ")))
                        .append(" |\n");
            }
        }
        md.append("\nSettings: ").append(run.get("settings")).append("\n");
        return md.toString();
    }

    private List<Phase> phases() {
        List<Phase> all = new ArrayList<>();
        if (warmUp != null) {
            all.add(warmUp);
        }
        if (generatorCheck != null) {
            all.add(generatorCheck);
        }
        all.addAll(readsBefore);
        all.addAll(readsAfter);
        all.addAll(maxThroughput);
        if (writes != null) {
            all.add(writes);
        }
        if (eventsLow != null) {
            all.add(eventsLow.phase());
        }
        if (events != null) {
            all.add(events.phase());
        }
        if (exports != null) {
            all.add(exports.phase());
        }
        if (downloads != null) {
            all.addAll(downloads.phases());
        }
        if (notifications != null) {
            all.add(notifications.latencyPhase());
            all.addAll(notifications.reads());
            all.add(notifications.markRead());
        }
        if (webhooks != null) {
            all.addAll(webhooks.phases());
        }
        return all;
    }

    private static void downloadSection(StringBuilder md, Scenarios.Downloads downloads) {
        md.append("Each file through the gateway with the token of the role that may download it (one download "
                + "checked first: status 200, the type asked for, the format's first bytes). Throughput: closed "
                + "loop; latency: open model (from each request's intended send time) at the rate shown, the set "
                + "rate or half the closed loop's throughput when that is lower. The reviewer's copy is a "
                + FileDownloads.MANUSCRIPT_PAGES + "-page PDF uploaded by the benchmark (its author metadata "
                + "removed on every download); the certificate PDF is printed on every download.\n\n");
        md.append("| download | as | bytes | type | downloads/s (closed, in flight) | rate/s (achieved) | p50 | p90 "
                + "| p99 | max | errors | machine busy |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < downloads.results().size(); i++) {
            FileDownloads.Result r = downloads.results().get(i);
            Phase p = downloads.phases().get(i);
            md.append("| ")
                    .append(r.endpoint())
                    .append(" | ")
                    .append(r.role())
                    .append(" | ")
                    .append(r.bytes())
                    .append(" | ")
                    .append(r.contentType())
                    .append(" | ")
                    .append(fmt(r.closed().achievedRate()))
                    .append(" (")
                    .append(r.closed().concurrency())
                    .append(") | ")
                    .append(fmt(r.openRate()))
                    .append(" (")
                    .append(fmt(r.open().achievedRate()))
                    .append(") | ")
                    .append(fmt(r.open().p50Ms()))
                    .append(" | ")
                    .append(fmt(r.open().p90Ms()))
                    .append(" | ")
                    .append(fmt(r.open().p99Ms()))
                    .append(" | ")
                    .append(fmt(r.open().maxMs()))
                    .append(" | ")
                    .append(r.closed().errors() + r.open().errors())
                    .append(" | ")
                    .append(pct(p.machineCpuBusy()))
                    .append(" |\n");
        }
        downloads
                .failures()
                .forEach((name, why) -> md.append("| ")
                        .append(name)
                        .append(" | failed: ")
                        .append(why.replace("|", "/"))
                        .append(" |\n"));
        md.append("\nLatencies in ms. Paths: ");
        md.append(downloads.results().stream().map(r -> "`" + r.path() + "`").collect(Collectors.joining(", ")));
        md.append(".\n");
    }

    private static void notificationSection(StringBuilder md, Scenarios.Notifications n) {
        NotificationLatency.Result r = n.latency();
        md.append(String.format(
                "OFFER intents POSTed through the gateway at %s/s (achieved %s/s, %d created), each naming `%s`, a "
                        + "term only the open demands of %s name: notification-service tells that zone's officer "
                        + "(`%s`). Their unread list (`GET %s?unread=true&size=100`, through the gateway, their "
                        + "token) polled every %s ms (%d polls): %d of %d intents seen as a notification. "
                        + "Before, 5 s of the same load not counted (warm-up); notification-service had caught up "
                        + "with the benchmark's earlier intents %s.%n%n",
                fmt(r.posts().targetRate()),
                fmt(r.posts().achievedRate()),
                r.created(),
                r.recipient().term(),
                r.recipient().zone(),
                r.recipient().user(),
                NotificationLatency.MINE,
                fmt(r.pollIntervalMs()),
                r.polls(),
                r.seen(),
                r.created(),
                n.drainedSeconds() == null
                        ? "not within 3 min: a backlog"
                        : fmt(n.drainedSeconds()) + " s after the warm-up"));
        md.append("| measure | p50 | p90 | p99 | max | count |\n|---|---|---|---|---|---|\n");
        for (RunResult x : List.of(r.commitToVisible(), r.requestToVisible(), r.posts())) {
            md.append("| ")
                    .append(x.endpoint())
                    .append(" | ")
                    .append(fmt(x.p50Ms()))
                    .append(" | ")
                    .append(fmt(x.p90Ms()))
                    .append(" | ")
                    .append(fmt(x.p99Ms()))
                    .append(" | ")
                    .append(fmt(x.maxMs()))
                    .append(" | ")
                    .append(x.requests())
                    .append(" |\n");
        }
        md.append("\nCross-check from the databases (no observer effect): ");
        r.database()
                .forEach((stage, p) -> md.append(stage)
                        .append(": ")
                        .append(p.entrySet().stream()
                                .map(e -> e.getKey() + " " + fmt(e.getValue()))
                                .collect(Collectors.joining(", ")))
                        .append(". "));
        md.append("A stage slower than the POST rate builds a backlog. All in ms. ")
                .append(phaseLine(n.latencyPhase()))
                .append("\n\nReading them, as ")
                .append(r.recipient().user())
                .append(" (whose list the run above made long): open model, direct and through the gateway "
                        + "interleaved, then closed loops (direct/gateway/gateway/direct):\n\n");
        md.append("| request | route | open: target/s | achieved/s | p50 | p99 | max | closed: req/s | errors |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Phase p : n.reads()) {
            for (String route : List.of("direct", "gateway")) {
                RunResult open = p.results().stream()
                        .filter(x -> x.route().equals(route) && x.model().equals("open"))
                        .findFirst()
                        .orElseThrow();
                List<RunResult> closed = p.results().stream()
                        .filter(x -> x.route().equals(route) && x.model().equals("closed"))
                        .toList();
                md.append("| ")
                        .append(open.endpoint())
                        .append(" | ")
                        .append(route)
                        .append(" | ")
                        .append(fmt(open.targetRate()))
                        .append(" | ")
                        .append(fmt(open.achievedRate()))
                        .append(" | ")
                        .append(fmt(open.p50Ms()))
                        .append(" | ")
                        .append(fmt(open.p99Ms()))
                        .append(" | ")
                        .append(fmt(open.maxMs()))
                        .append(" | ")
                        .append(rates(closed))
                        .append(" | ")
                        .append(open.errors()
                                + closed.stream().mapToLong(RunResult::errors).sum())
                        .append(" |\n");
            }
        }
        RunResult mark = n.markRead().results().get(0);
        md.append(String.format(
                "%nMarking read (`POST …/{id}/read` through the gateway, each a different notification): %s/s "
                        + "asked, %s/s achieved, p50 %s ms, p99 %s ms, max %s ms, errors %s.%n",
                fmt(mark.targetRate()),
                fmt(mark.achievedRate()),
                fmt(mark.p50Ms()),
                fmt(mark.p99Ms()),
                fmt(mark.maxMs()),
                errors(mark)));
    }

    private static void webhookSection(StringBuilder md, Scenarios.Webhooks w) {
        md.append("The partner (client `chuanyu-partner`, role partner) subscribes a receiver in the benchmark's "
                + "process (JDK HTTP server on 127.0.0.1; notification-service started with "
                + "`CHUANYU_NOTIFICATION_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true`, as its tests are) to "
                + "`" + EventLatency.INTENT_PUBLISHED + "`; OFFER intents are POSTed through the gateway at a fixed "
                + "rate; each delivery's Standard Webhooks signature is verified as a partner would (HMAC-SHA256 "
                + "of id.timestamp.body, timestamp within 5 minutes), answered 204, and its intent seen. "
                + "Deliveries/s: distinct deliveries over the span from the first to the last received. Missing: "
                + "created and not delivered two minutes after the last POST.\n\n");
        md.append("| events/s asked (achieved) | created | delivered | duplicates | missing | bad signatures | "
                + "deliveries/s | commit → received p50 | p90 | p99 | max | request → received p99 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (WebhookDeliveries.Result r : w.results()) {
            md.append("| ")
                    .append(fmt(r.rate()))
                    .append(" (")
                    .append(fmt(r.posts().achievedRate()))
                    .append(") | ")
                    .append(r.created())
                    .append(" | ")
                    .append(r.delivered())
                    .append(" | ")
                    .append(r.duplicates())
                    .append(" | ")
                    .append(r.missing())
                    .append(" | ")
                    .append(r.badSignatures())
                    .append(" | ")
                    .append(fmt(r.deliveriesPerSecond()))
                    .append(" | ")
                    .append(fmt(r.commitToReceived().p50Ms()))
                    .append(" | ")
                    .append(fmt(r.commitToReceived().p90Ms()))
                    .append(" | ")
                    .append(fmt(r.commitToReceived().p99Ms()))
                    .append(" | ")
                    .append(fmt(r.commitToReceived().maxMs()))
                    .append(" | ")
                    .append(fmt(r.requestToReceived().p99Ms()))
                    .append(" |\n");
        }
        md.append("\nAll in ms. ");
        w.phases()
                .forEach(p ->
                        md.append(p.name()).append(": ").append(phaseLine(p)).append(" "));
        md.append("\n");
    }

    private static void exportSection(StringBuilder md, Scenarios.Exports exports) {
        md.append("`GET ")
                .append(ExportDownloads.PATH)
                .append("?format=csv|xlsx` through the gateway as the secretariat (every published item: the "
                        + "board after the data load), one download at a time. Seconds from the request to "
                        + "the last byte; rows counted in what arrived (CSV lines, the sheet's rows), header "
                        + "left out. The file streams from a database cursor: a CSV from its first row, an "
                        + "Excel workbook once every row is written to POI's compressed temporary file. "
                        + "alliance-service's heap used (its metrics) is sampled every 200 ms during the "
                        + "downloads; before/after are read after a second's pause, without forcing a "
                        + "collection; the heap is capped at 256 MiB.\n\n");
        md.append("| format | downloads | rows | MiB | s per download p50 / max | first byte p50 s | rows/s | errors "
                + "| heap used MiB before / max during / after | alliance RSS MiB before / after |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (ExportDownloads.Result r : exports.results()) {
            md.append("| ")
                    .append(r.format())
                    .append(" | ")
                    .append(r.downloads().size())
                    .append(" | ")
                    .append(r.rows())
                    .append(" | ")
                    .append(fmt(r.bytes() / (1024.0 * 1024.0)))
                    .append(" | ")
                    .append(fmt(r.p50Seconds()))
                    .append(" / ")
                    .append(fmt(r.maxSeconds()))
                    .append(" | ")
                    .append(fmt(r.firstByteP50Seconds()))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", r.rowsPerSecond()))
                    .append(" | ")
                    .append(r.errors())
                    .append(" | ")
                    .append(fmt(r.heapUsedBeforeMiB()))
                    .append(" / ")
                    .append(fmt(r.heapUsedMaxMiB()))
                    .append(" / ")
                    .append(fmt(r.heapUsedAfterMiB()))
                    .append(" | ")
                    .append(opt(r.rssBeforeMiB()))
                    .append(" / ")
                    .append(opt(r.rssAfterMiB()))
                    .append(" |\n");
        }
    }

    private void eventSection(StringBuilder md, Scenarios.Events events) {
        EventLatency.Result e = events.result();
        md.append(String.format(
                "Intents POSTed to conference-service at %s/s (%s s until the last answer, achieved %s/s, %d created, "
                        + "%d seen in alliance). Probe: alliance's `technology_offer` polled every %s ms for the "
                        + "answered intents.%n%n",
                fmt(e.posts().targetRate()),
                fmt(e.posts().seconds()),
                fmt(e.posts().achievedRate()),
                e.created(),
                e.seen(),
                fmt(e.pollIntervalMs())));
        md.append("| measure | p50 | p90 | p99 | max | count |\n|---|---|---|---|---|---|\n");
        for (RunResult r : List.of(e.commitToVisible(), e.requestToVisible(), e.posts())) {
            md.append("| ")
                    .append(r.endpoint())
                    .append(" | ")
                    .append(fmt(r.p50Ms()))
                    .append(" | ")
                    .append(fmt(r.p90Ms()))
                    .append(" | ")
                    .append(fmt(r.p99Ms()))
                    .append(" | ")
                    .append(fmt(r.maxMs()))
                    .append(" | ")
                    .append(r.requests())
                    .append(" |\n");
        }
        md.append("\nCross-check from database timestamps (no observer effect; see the README for what each stamp "
                + "is):\n\n");
        md.append("| stage | p50 | p90 | p99 | max | events |\n|---|---|---|---|---|---|\n");
        e.database().forEach((stage, p) -> {
            if (p.containsKey("p50")) {
                md.append("| ")
                        .append(stage)
                        .append(" | ")
                        .append(fmt(p.get("p50")))
                        .append(" | ")
                        .append(fmt(p.get("p90")))
                        .append(" | ")
                        .append(fmt(p.get("p99")))
                        .append(" | ")
                        .append(fmt(p.get("max")))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f", p.get("events")))
                        .append(" |\n");
            }
        });
        e.database().forEach((stage, p) -> {
            if (!p.containsKey("p50")) {
                md.append("\n")
                        .append(stage.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(stage.substring(1))
                        .append(": ")
                        .append(p.entrySet().stream()
                                .map(r -> r.getKey() + " " + fmt(r.getValue()))
                                .collect(Collectors.joining(", ")))
                        .append(". A stage slower than the POST rate builds a backlog, and the latency then grows "
                                + "with the run's length.\n");
            }
        });
        md.append("\nAll in ms. ").append(phaseLine(events.phase())).append("\n");
    }

    private void readTable(StringBuilder md, List<Phase> phases) {
        md.append("| endpoint | route | target/s | achieved/s | p50 | p90 | p99 | max | errors | overhead p50 / p99 | "
                + "CPU ms/request | load avg | machine busy | generator CPU |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase p : phases) {
            RunResult d = p.result("direct");
            RunResult g = p.result("gateway");
            for (RunResult r : List.of(d, g)) {
                md.append("| ")
                        .append(r.endpoint())
                        .append(" | ")
                        .append(r.route())
                        .append(" | ")
                        .append(fmt(r.targetRate()))
                        .append(" | ")
                        .append(fmt(r.achievedRate()))
                        .append(" | ")
                        .append(fmt(r.p50Ms()))
                        .append(" | ")
                        .append(fmt(r.p90Ms()))
                        .append(" | ")
                        .append(fmt(r.p99Ms()))
                        .append(" | ")
                        .append(fmt(r.maxMs()))
                        .append(" | ")
                        .append(errors(r))
                        .append(" | ");
                if (r == g) {
                    md.append(signed(g.p50Ms() - d.p50Ms())).append(" / ").append(signed(g.p99Ms() - d.p99Ms()));
                }
                // the service serves both routes; the gateway only its own
                long both = d.requests() + g.requests();
                md.append(" | ")
                        .append(
                                r == d
                                        ? "service " + fmt(cpuPerRequest(p, Scenarios.service(r.endpoint()), both))
                                                + ", PostgreSQL " + fmt(cpuPerRequest(p, "postgres", both))
                                        : "gateway " + fmt(cpuPerRequest(p, Platform.GATEWAY, g.requests())));
                md.append(" | ")
                        .append(r == d ? load(p.loadAverageBefore()).split(" ")[0] : "")
                        .append(" | ")
                        .append(r == d ? pct(p.machineCpuBusy()) : "")
                        .append(" | ")
                        .append(r == d ? fmt(p.generatorCores()) : "")
                        .append(" |\n");
            }
        }
        md.append("\nLatencies in ms. CPU ms/request: the service's (and PostgreSQL's) CPU time over the phase divided "
                + "by the requests of both routes, the gateway's by its own; it includes each process's "
                + "background work (JIT, Kafka polling, the outbox relay), which dominates at these rates; the "
                + "closed loops show the marginal cost. Generator CPU in cores (its whole process), for both "
                + "routes together.\n");
    }

    private void resultTable(StringBuilder md, List<RunResult> results, boolean open) {
        md.append("| request | route | req/s | p50 | p90 | p99 | max | errors |\n|---|---|---|---|---|---|---|---|\n");
        for (RunResult r : results) {
            md.append("| ")
                    .append(r.endpoint())
                    .append(" | ")
                    .append(r.route())
                    .append(" | ")
                    .append(fmt(r.achievedRate()))
                    .append(" | ")
                    .append(fmt(r.p50Ms()))
                    .append(" | ")
                    .append(fmt(r.p90Ms()))
                    .append(" | ")
                    .append(fmt(r.p99Ms()))
                    .append(" | ")
                    .append(fmt(r.maxMs()))
                    .append(" | ")
                    .append(errors(r))
                    .append(" |\n");
        }
        md.append("\nLatencies in ms")
                .append(open ? ", from the intended send time.\n" : " (closed loop: from the actual send).\n");
    }

    private static String phaseLine(Phase p) {
        return "Load average before " + load(p.loadAverageBefore()) + ", machine CPU busy " + pct(p.machineCpuBusy())
                + ", generator " + fmt(p.generatorCores()) + " cores.";
    }

    /** CPU time a process group spent per request over a phase, in ms. */
    private static double cpuPerRequest(Phase p, String group, long requests) {
        return requests == 0 ? 0 : p.cpuCores().getOrDefault(group, 0.0) * p.seconds() * 1000 / requests;
    }

    private static String growth(RunResult before, RunResult after) {
        return fmt(before.p50Ms()) + " / " + fmt(before.p99Ms()) + " → " + fmt(after.p50Ms()) + " / "
                + fmt(after.p99Ms());
    }

    private static String errors(RunResult r) {
        return r.errors() == 0 ? "0" : r.errors() + " " + r.statuses();
    }

    private static String rates(List<RunResult> runs) {
        return runs.stream().map(r -> fmt(r.achievedRate())).collect(Collectors.joining(", "));
    }

    private static String endpoint(Phase p) {
        return p == null ? "" : p.name().substring(p.name().indexOf(": ") + 2);
    }

    private Object setting(String name) {
        return run.get("settings") instanceof Map<?, ?> m ? m.get(name) : "";
    }

    private Double settingDouble(String name) {
        return setting(name) instanceof Number n ? n.doubleValue() : null;
    }

    private int settingInt(String name) {
        return setting(name) instanceof Number n ? n.intValue() : 0;
    }

    private static String margin(double measured, double limit, String unit) {
        return measured <= limit
                ? "met by " + fmt(limit - measured) + unit
                : "missed by " + fmt(measured - limit) + unit;
    }

    static String load(double[] load) {
        return load == null ? "" : String.format(Locale.ROOT, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    }

    static String fmt(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        return v == Math.rint(v) && Math.abs(v) < 1e9
                ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.2f", v);
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + fmt(value);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String opt(Object value) {
        return value == null ? "" : value instanceof Double d ? fmt(d) : value.toString();
    }
}
