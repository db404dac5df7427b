package cn.chuanyu.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run the embedded platform.
 *
 * @param home the repository checkout holding the packaged applications and the realm file
 * @param dataDirectory where PostgreSQL, Kafka and the logs keep their files
 * @param cacheDirectory where the unpacked Keycloak lives (its build step is cached there too)
 * @param keepData whether data survives a restart (false: start from the demo data every time)
 * @param ports port per component ({@link #POSTGRES}, {@link #KAFKA}, {@link #KEYCLOAK}, a service module name,
 *     {@link #GATEWAY}, an application's {@link #management(String)} interface); absent or 0 for any free port
 * @param instances how many processes of each service run (the gateway shares requests among them; they share the
 *     topics' partitions); the ports above are the first instance's, the others get free ports
 */
public record LaunchOptions(
        Path home,
        Path dataDirectory,
        Path cacheDirectory,
        boolean keepData,
        Map<String, Integer> ports,
        int instances) {

    public LaunchOptions {
        if (instances < 1) {
            throw new IllegalArgumentException("--instances must be at least 1, not " + instances);
        }
    }

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KEYCLOAK = "keycloak";
    public static final String KEYCLOAK_MANAGEMENT = "keycloak-management";
    public static final String GATEWAY = "gateway";

    /** The services in start order; each owns the database named after its context. */
    public static final List<String> SERVICES =
            List.of("conference-service", "alliance-service", "training-service", "notification-service");

    /** The ports of a normal run; tests pass an empty map to get free ports. */
    public static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(
            Map.entry(POSTGRES, 15432),
            Map.entry(KAFKA, 9092),
            Map.entry(KEYCLOAK, 8180),
            Map.entry(KEYCLOAK_MANAGEMENT, 9190),
            Map.entry("conference-service", 8081),
            Map.entry("alliance-service", 8082),
            Map.entry("training-service", 8083),
            Map.entry("notification-service", 8084),
            Map.entry(GATEWAY, 8080),
            Map.entry(management("conference-service"), 9081),
            Map.entry(management("alliance-service"), 9082),
            Map.entry(management("training-service"), 9083),
            Map.entry(management("notification-service"), 9084),
            Map.entry(management(GATEWAY), 9080));

    /**
     * The component name of an application's management interface (health and metrics), e.g.
     * {@code conference-service-management}; its launcher flag is {@code --conference-management-port}.
     */
    public static String management(String app) {
        return app + "-management";
    }

    /** The name of a service's n-th process (1-based): the service's own name for the first, then {@code name#n}. */
    public static String instance(String service, int n) {
        return n == 1 ? service : service + "#" + n;
    }

    public static String database(String service) {
        return service.substring(0, service.indexOf('-'));
    }

    int port(String component) {
        return ports.getOrDefault(component, 0);
    }

    Path realmFile() {
        return home.resolve("deploy/keycloak/chuanyu-realm.json");
    }
}
