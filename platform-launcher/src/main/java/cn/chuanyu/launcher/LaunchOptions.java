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
 *     {@link #GATEWAY}); absent or 0 for any free port
 */
public record LaunchOptions(
        Path home, Path dataDirectory, Path cacheDirectory, boolean keepData, Map<String, Integer> ports) {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KEYCLOAK = "keycloak";
    public static final String KEYCLOAK_MANAGEMENT = "keycloak-management";
    public static final String GATEWAY = "gateway";

    /** The services in start order; each owns the database named after its context. */
    public static final List<String> SERVICES =
            List.of("conference-service", "alliance-service", "training-service", "notification-service");

    /** The ports of a normal run; tests pass an empty map to get free ports. */
    public static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            POSTGRES,
            15432,
            KAFKA,
            9092,
            KEYCLOAK,
            8180,
            KEYCLOAK_MANAGEMENT,
            9190,
            "conference-service",
            8081,
            "alliance-service",
            8082,
            "training-service",
            8083,
            "notification-service",
            8084,
            GATEWAY,
            8080);

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
