package cn.chuanyu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Facts about this Linux machine and CPU accounting from /proc, for the report. */
final class Machine {

    /** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every mainstream kernel). */
    private static final double TICKS_PER_SECOND = 100.0;

    private Machine() {}

    /** The 1, 5 and 15 minute load averages. */
    static double[] loadAverage() {
        String[] fields = read(Path.of("/proc/loadavg")).trim().split("\\s+");
        return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])
        };
    }

    static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put(
                "cpu",
                read(Path.of("/proc/cpuinfo"))
                        .lines()
                        .filter(l -> l.startsWith("model name"))
                        .findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .orElse("unknown"));
        facts.put(
                "memoryMiB",
                read(Path.of("/proc/meminfo"))
                        .lines()
                        .filter(l -> l.startsWith("MemTotal:"))
                        .findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                        .orElse(0L));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return facts;
    }

    /** CPU time of the whole machine and of each process, at one moment. */
    record CpuSample(long nanoTime, long busyTicks, long allTicks, Map<Long, Long> ticksByPid) {}

    static CpuSample sample(Map<String, List<Long>> processes) {
        String[] cpu = read(Path.of("/proc/stat"))
                .lines()
                .filter(l -> l.startsWith("cpu "))
                .findFirst()
                .orElseThrow()
                .trim()
                .split("\\s+");
        long all = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        Map<Long, Long> ticks = new HashMap<>();
        processes.values().forEach(pids -> pids.forEach(pid -> ticks.put(pid, processTicks(pid))));
        return new CpuSample(System.nanoTime(), all - idle, all, ticks);
    }

    /** Share of the whole machine's CPU time that was busy between two samples (0..1). */
    static double busy(CpuSample a, CpuSample b) {
        long all = b.allTicks() - a.allTicks();
        return all <= 0 ? 0 : LatencyStats.round((double) (b.busyTicks() - a.busyTicks()) / all, 3);
    }

    /**
     * Cores used by each group of processes between two samples (1.0 = one core busy the whole time). A process that
     * started in between counts with all its CPU time.
     */
    static Map<String, Double> coresUsed(Map<String, List<Long>> processes, CpuSample a, CpuSample b) {
        double seconds = (b.nanoTime() - a.nanoTime()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        processes.forEach((group, pids) -> {
            long ticks = 0;
            for (long pid : pids) {
                Long after = b.ticksByPid().get(pid);
                if (after != null && after >= 0) {
                    ticks += after - Math.max(0, a.ticksByPid().getOrDefault(pid, 0L));
                }
            }
            cores.put(group, LatencyStats.round(ticks / TICKS_PER_SECOND / seconds, 2));
        });
        return cores;
    }

    /** utime + stime of a process in ticks, or -1 if it is gone. */
    static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may contain spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /**
     * A process's resident set now and at its peak (VmRSS, VmHWM) and its proportional set (Pss: shared pages divided
     * among the processes sharing them), in MiB; empty if it is gone.
     */
    static Map<String, Long> memory(long pid) {
        Map<String, Long> memory = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    memory.put(line.substring(0, 5), Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    memory.put("Pss", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException gone) {
            // reported as missing
        }
        return memory;
    }

    /**
     * Committed Java heap and metaspace of a JVM, in MiB, from {@code jcmd <pid> GC.heap_info} (empty if jcmd is
     * missing or the JVM does not answer): what explains most of its resident set.
     */
    static Map<String, Long> javaMemory(long pid) {
        Map<String, Long> memory = new LinkedHashMap<>();
        String out = jcmd(pid, "GC.heap_info");
        if (out != null) {
            long heap = 0;
            for (String line : out.lines().toList()) {
                var total =
                        Pattern.compile("(generation|heap)\\s+total (\\d+)K").matcher(line);
                var meta = Pattern.compile("Metaspace\\s+used \\d+K, committed (\\d+)K")
                        .matcher(line);
                if (total.find()) {
                    heap += Long.parseLong(total.group(2));
                } else if (meta.find()) {
                    memory.put("metaspaceCommittedMiB", Long.parseLong(meta.group(1)) / 1024);
                }
            }
            memory.put("heapCommittedMiB", heap / 1024);
        }
        return memory;
    }

    /**
     * Committed memory per Native Memory Tracking category in MiB ("Total" first), if the JVM runs with
     * {@code -XX:NativeMemoryTracking=summary} (e.g. JAVA_TOOL_OPTIONS given to bench/run); otherwise empty.
     */
    static Map<String, Long> nativeMemory(long pid) {
        Map<String, Long> categories = new LinkedHashMap<>();
        String out = jcmd(pid, "VM.native_memory", "summary");
        if (out == null) {
            return categories;
        }
        var total =
                Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(out);
        if (!total.find()) {
            return categories;
        }
        categories.put("Total", Long.parseLong(total.group(1)) / 1024);
        var category = Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)")
                .matcher(out);
        while (category.find()) {
            categories.put(category.group(1).trim(), Long.parseLong(category.group(2)) / 1024);
        }
        return categories;
    }

    /** What {@code jcmd <pid> <command>} prints, or null if jcmd is missing or failed. */
    private static String jcmd(long pid, String... command) {
        List<String> args = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            return jcmd.waitFor(30, TimeUnit.SECONDS) && jcmd.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")))
                    .replace('\0', ' ')
                    .trim();
        } catch (IOException gone) {
            return "";
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + " (the benchmark needs Linux /proc)", e);
        }
    }
}
