package cn.chuanyu.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar platform-launcher/target/platform-launcher.jar [options]}: starts the whole
 * platform on 127.0.0.1 and keeps it running until Ctrl-C or SIGTERM, which stop everything.
 *
 * <pre>
 *   --fresh                 discard the data of earlier runs (default: keep it in --data-dir)
 *   --data-dir=PATH         where databases, broker logs and service logs live (default .chuanyu)
 *   --postgres-port=N       default 15432
 *   --kafka-port=N          default 9092
 *   --conference-port=N     default 8081 (likewise --alliance-port 8082, --training-port 8083)
 * </pre>
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = parse(args);
        Path home = Path.of(System.getProperty("chuanyu.home", ".")).toAbsolutePath().normalize();
        Map<String, Integer> servicePorts = new HashMap<>();
        servicePorts.put("conference-service", port(flags, "conference-port", 8081));
        servicePorts.put("alliance-service", port(flags, "alliance-port", 8082));
        servicePorts.put("training-service", port(flags, "training-port", 8083));
        var options = new LaunchOptions(home, home.resolve(flags.getOrDefault("data-dir", ".chuanyu")),
                !flags.containsKey("fresh"), port(flags, "postgres-port", 15432), port(flags, "kafka-port", 9092),
                servicePorts, Map.of());

        long started = System.nanoTime();
        EmbeddedPlatform platform = EmbeddedPlatform.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the Chuanyu platform...");
            platform.close();
            System.out.println("Stopped.");
        }, "platform-shutdown"));
        printSummary(platform, options, (System.nanoTime() - started) / 1_000_000);
        Thread.currentThread().join();
    }

    private static void printSummary(EmbeddedPlatform platform, LaunchOptions options, long millis) {
        StringBuilder s = new StringBuilder();
        s.append("\n================ Chuanyu platform ready in ").append(millis / 1000.0).append(" s ================\n");
        for (String service : LaunchOptions.SERVICES) {
            s.append(String.format("  %-20s %s   (OpenAPI: %s/q/openapi, health: %s/q/health)%n", service,
                    platform.url(service), platform.url(service), platform.url(service)));
        }
        s.append(String.format("  %-20s jdbc:postgresql://127.0.0.1:%d/<context> (role = password = context)%n",
                "PostgreSQL", platform.postgresPort()));
        s.append(String.format("  %-20s %s%n", "Kafka", platform.kafkaBootstrapServers()));
        s.append(String.format("  %-20s %s (%s)%n", "Data", options.dataDirectory(),
                options.keepData() ? "kept across restarts; --fresh discards it" : "fresh"));
        s.append("  Press Ctrl-C to stop everything.\n");
        System.out.println(s);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + "; see the README for the options");
            }
            int eq = arg.indexOf('=');
            flags.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return flags;
    }

    private static int port(Map<String, String> flags, String name, int fallback) {
        return flags.containsKey(name) ? Integer.parseInt(flags.get(name)) : fallback;
    }
}
