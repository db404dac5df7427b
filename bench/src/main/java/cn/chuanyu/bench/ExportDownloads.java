package cn.chuanyu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;

/**
 * The whole board (every published item, 100,000 after the data load) downloaded as a file through the gateway as the
 * secretariat, one download at a time: how long one takes, how many rows per second, how many bytes, and what the
 * export costs alliance-service in heap and resident memory. Its heap is sampled from its metrics (Micrometer's
 * {@code jvm_memory_used_bytes{area="heap"}} on the management port) every {@value #SAMPLE_MILLIS} ms during the
 * downloads: an export held in memory would show as a heap growing with the file; a streamed one does not.
 */
final class ExportDownloads {

    static final String PATH = "/api/alliance/exports/board-items";
    private static final long SAMPLE_MILLIS = 200;

    /** One download: answered status, body bytes, data rows, seconds to the first body byte and to the last. */
    record Download(int status, long bytes, long rows, double firstByteSeconds, double seconds) {}

    /**
     * The downloads of one format, with alliance-service's memory in MiB: heap used before and after (each after a
     * pause of a second, not after a forced collection), the highest heap used sampled during the downloads, and its
     * resident set before and after.
     */
    record Result(
            String format,
            List<Download> downloads,
            double heapUsedBeforeMiB,
            double heapUsedMaxMiB,
            double heapUsedAfterMiB,
            Long rssBeforeMiB,
            Long rssAfterMiB) {

        long errors() {
            return downloads.stream().filter(d -> d.status() != 200).count();
        }

        List<Download> ok() {
            return downloads.stream().filter(d -> d.status() == 200).toList();
        }

        double p50Seconds() {
            return percentile(
                    ok().stream().mapToDouble(Download::seconds).sorted().toArray(), 0.5);
        }

        double maxSeconds() {
            return ok().stream().mapToDouble(Download::seconds).max().orElse(0);
        }

        double firstByteP50Seconds() {
            return percentile(
                    ok().stream()
                            .mapToDouble(Download::firstByteSeconds)
                            .sorted()
                            .toArray(),
                    0.5);
        }

        /** Rows of all successful downloads over their total time. */
        double rowsPerSecond() {
            double seconds = ok().stream().mapToDouble(Download::seconds).sum();
            return seconds == 0 ? 0 : ok().stream().mapToLong(Download::rows).sum() / seconds;
        }

        long rows() {
            return ok().stream().mapToLong(Download::rows).max().orElse(0);
        }

        long bytes() {
            return ok().stream().mapToLong(Download::bytes).max().orElse(0);
        }

        private static double percentile(double[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * sorted.length) - 1];
        }
    }

    private final Platform platform;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ExportDownloads(Platform platform) {
        this.platform = platform;
    }

    /** {@code times} downloads of the board as {@code format} (csv or xlsx), one after the other. */
    Result run(String format, int times, String token) throws Exception {
        Long pid = alliancePid();
        double heapBefore = settledHeapMiB();
        Long rssBefore = rss(pid);
        var heapMax = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> heapMax.accumulateAndGet(heapUsedBytes(), Math::max), 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        List<Download> downloads = new ArrayList<>();
        try {
            for (int i = 0; i < times; i++) {
                downloads.add(download(format, token));
            }
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
        }
        return new Result(format, downloads, heapBefore, mib(heapMax.get()), settledHeapMiB(), rssBefore, rss(pid));
    }

    private Download download(String format, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(platform.url(Platform.GATEWAY) + PATH + "?format=" + format))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5))
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            return new Download(response.statusCode(), 0, 0, 0, seconds(started));
        }
        boolean csv = "csv".equals(format);
        Path file = csv ? null : Files.createTempFile("bench-export-", ".xlsx");
        try (InputStream body = response.body();
                OutputStream copy = csv ? OutputStream.nullOutputStream() : Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long bytes = 0;
            long lines = 0;
            double firstByte = -1;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (firstByte < 0 && n > 0) {
                    firstByte = seconds(started);
                }
                bytes += n;
                copy.write(buffer, 0, n);
                for (int i = 0; csv && i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            double took = seconds(started);
            copy.close();
            // the header line of the CSV, the header row of the sheet are not data
            long rows = (csv ? lines : rowsOfSheet(file)) - 1;
            return new Download(200, bytes, rows, firstByte, took);
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Rows of the workbook's sheet, counted in its XML (after the download: not part of its time). */
    private static long rowsOfSheet(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile());
                InputStream xml = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
            byte[] buffer = new byte[64 * 1024];
            long rows = 0;
            int matched = 0;
            for (int n = xml.read(buffer); n >= 0; n = xml.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    matched = buffer[i] == tag[matched] ? matched + 1 : (buffer[i] == tag[0] ? 1 : 0);
                    if (matched == tag.length) {
                        rows++;
                        matched = 0;
                    }
                }
            }
            return rows;
        }
    }

    private double settledHeapMiB() throws InterruptedException {
        Thread.sleep(1000);
        return mib(heapUsedBytes());
    }

    /** Heap used by alliance-service now, from its metrics; 0 when they do not answer. */
    private long heapUsedBytes() {
        try {
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(platform.managementUrl("alliance-service") + "/q/metrics"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double used = 0;
            for (String line : metrics.body().lines().toList()) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    used += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return (long) used;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Long alliancePid() {
        List<Long> pids = platform.processes().getOrDefault("alliance-service", List.of());
        return pids.size() == 1 ? pids.get(0) : null;
    }

    private static Long rss(Long pid) {
        return pid == null ? null : Machine.memory(pid).get("VmRSS");
    }

    private static double mib(long bytes) {
        return LatencyStats.round(bytes / (1024.0 * 1024.0), 1);
    }

    private static double seconds(long startedNanos) {
        return LatencyStats.round((System.nanoTime() - startedNanos) / 1e9, 3);
    }

    /** The figures for the report's JSON, per format. */
    static Map<String, Object> summary(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", r.format());
        m.put("downloads", r.downloads().size());
        m.put("errors", r.errors());
        m.put("rows", r.rows());
        m.put("bytes", r.bytes());
        m.put("rowsPerSecond", LatencyStats.round(r.rowsPerSecond(), 0));
        m.put("secondsP50", r.p50Seconds());
        m.put("secondsMax", r.maxSeconds());
        m.put("firstByteSecondsP50", r.firstByteP50Seconds());
        m.put("heapUsedBeforeMiB", r.heapUsedBeforeMiB());
        m.put("heapUsedMaxMiB", r.heapUsedMaxMiB());
        m.put("heapUsedAfterMiB", r.heapUsedAfterMiB());
        m.put("rssBeforeMiB", r.rssBeforeMiB());
        m.put("rssAfterMiB", r.rssAfterMiB());
        return m;
    }
}
