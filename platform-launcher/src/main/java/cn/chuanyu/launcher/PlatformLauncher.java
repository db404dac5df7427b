package cn.chuanyu.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar platform-launcher/target/platform-launcher.jar [options]}: starts the whole platform on 127.0.0.1
 * and keeps it running until Ctrl-C or SIGTERM, which stop everything.
 *
 * <pre>
 *   --fresh               discard the data of earlier runs (default: keep it)
 *   --data-dir=PATH       databases, broker log and logs (default .chuanyu/data)
 *   --cache-dir=PATH      the unpacked Keycloak (default .chuanyu/cache)
 *   --instances=N         run N processes of each service (default 1): the gateway shares requests among them,
 *                         they share the topics' partitions; the ports below are the first instance's
 *   --gateway-port=N      default 8080; likewise --postgres-port (15432), --kafka-port (9092),
 *                         --keycloak-port (8180), --keycloak-management-port (9190),
 *                         --conference-port (8081), --alliance-port (8082), --training-port (8083),
 *                         --notification-port (8084); the management interfaces (health, metrics):
 *                         --gateway-management-port (9080), --conference-management-port (9081),
 *                         --alliance-management-port (9082), --training-management-port (9083),
 *                         --notification-management-port (9084)
 *   --grant-partner=CLIENT_ID:TOPIC,TOPIC...
 *                         lets a partner (a client of the realm) read these contract topics on Kafka, in consumer
 *                         groups named CLIENT_ID.*; kept with the data (the demo partner chuanyu-partner reads all)
 * </pre>
 */
public final class PlatformLauncher {

    private PlatformLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = parse(args);
        Path home = Path.of(System.getProperty("chuanyu.home", "."))
                .toAbsolutePath()
                .normalize();
        Map<String, Integer> ports = new HashMap<>();
        LaunchOptions.DEFAULT_PORTS.forEach((component, port) -> {
            String flag = component.replace("-service", "") + "-port";
            ports.put(component, flags.containsKey(flag) ? Integer.parseInt(flags.remove(flag)) : port);
        });
        var options = new LaunchOptions(
                home,
                home.resolve(flags.getOrDefault("data-dir", ".chuanyu/data")),
                home.resolve(flags.getOrDefault("cache-dir", ".chuanyu/cache")),
                !flags.containsKey("fresh"),
                ports,
                Integer.parseInt(flags.getOrDefault("instances", "1")));
        String grant = flags.get("grant-partner");
        flags.keySet().removeAll(Set.of("data-dir", "cache-dir", "fresh", "grant-partner", "instances"));
        if (!flags.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + flags.keySet() + "; see the README");
        }

        long started = System.nanoTime();
        EmbeddedPlatform platform = EmbeddedPlatform.start(options);
        if (grant != null) {
            int colon = grant.indexOf(':');
            if (colon < 1) {
                platform.close();
                throw new IllegalArgumentException("--grant-partner=CLIENT_ID:TOPIC,TOPIC... expected");
            }
            platform.grantPartner(
                    grant.substring(0, colon),
                    List.of(grant.substring(colon + 1).split(",")));
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping the Chuanyu platform...");
                            platform.close();
                            System.out.println("Stopped.");
                        },
                        "platform-shutdown"));
        System.out.println(summary(platform, options, (System.nanoTime() - started) / 1_000_000));
        Thread.currentThread().join();
    }

    private static String summary(EmbeddedPlatform platform, LaunchOptions options, long millis) throws Exception {
        String gateway = platform.url(LaunchOptions.GATEWAY);
        StringBuilder s = new StringBuilder();
        s.append(String.format("%n======== Chuanyu platform ready in %.1f s ========%n", millis / 1000.0));
        s.append(String.format(
                "  Gateway (the public entry)  %s/api/{conference,alliance,training,notifications}/...%n", gateway));
        s.append(String.format(
                "  API portal                  %s/   (OpenAPI of all three: %s/openapi)%n", gateway, gateway));
        s.append(String.format(
                "  Keycloak                    %s   (realm chuanyu; admin console %s/admin, admin/admin)%n",
                platform.keycloakUrl(), platform.keycloakUrl()));
        s.append(String.format(
                "  Token for a demo user       curl -s %s/protocol/openid-connect/token -d grant_type=password "
                        + "-d client_id=chuanyu-web -d username=fancong -d password=fancong-pass%n",
                platform.realmUrl()));
        for (String service : LaunchOptions.SERVICES) {
            for (int n = 1; n <= options.instances(); n++) {
                String instance = LaunchOptions.instance(service, n);
                s.append(String.format(
                        "  %-27s %s   (health %s/q/health, metrics /q/metrics)%n",
                        instance, platform.url(instance), platform.managementUrl(instance)));
            }
        }
        s.append(String.format(
                "  %-27s %s/q/health, metrics /q/metrics%n",
                "Gateway health", platform.managementUrl(LaunchOptions.GATEWAY)));
        s.append(String.format(
                "  PostgreSQL                  127.0.0.1:%d, databases conference, alliance, training, notification "
                        + "(role = password = name)%n",
                platform.postgresPort()));
        s.append(String.format(
                "  Kafka                       %s   (SASL_PLAINTEXT; every client authenticates)%n",
                platform.kafkaBootstrapServers()));
        s.append(String.format(
                "  Sent e-mail (IMAP)          imap://127.0.0.1:%d   (user = password = the recipient's address)%n",
                platform.mailViewerPort()));
        s.append(String.format(
                "  Data                        %s (%s)%n",
                options.dataDirectory(), options.keepData() ? "kept across restarts; --fresh discards it" : "fresh"));
        s.append("  Demo users (DEV realm only; password, roles):\n");
        for (var user : DemoUsers.from(options.realmFile()).users()) {
            s.append(String.format(
                    "    %-18s %-22s %s%s%n",
                    user.username(),
                    user.password(),
                    String.join(", ", user.roles()),
                    user.zone() == null ? "" : " (zone " + user.zone() + ")"));
        }
        String partner = EmbeddedPlatform.DEMO_PARTNER;
        s.append(String.format(
                "  Demo partner (DEV realm only) client %s, secret %s (client credentials), for REST and Kafka:%n",
                partner, DemoUsers.clientSecret(options.realmFile(), partner)));
        s.append(String.format(
                "    Kafka: SASL_PLAINTEXT, sasl.mechanism=OAUTHBEARER, sasl.oauthbearer.token.endpoint.url=%s"
                        + "/protocol/openid-connect/token%n",
                platform.realmUrl()));
        s.append(String.format(
                "    reads every contract topic (event-contracts/.../asyncapi.yaml), consumer groups %s.*; "
                        + "quickstart: partner-quickstart/%n",
                partner));
        s.append("  Ctrl-C stops everything.\n");
        return s.toString();
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
}
