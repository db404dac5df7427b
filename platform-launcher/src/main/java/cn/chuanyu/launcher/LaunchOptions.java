package cn.chuanyu.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run the embedded platform.
 *
 * @param home the repository checkout holding the packaged services
 * @param dataDirectory where PostgreSQL, Kafka and the logs keep their files
 * @param keepData whether data survives a restart (false: start from the demo data every time)
 * @param postgresPort 0 for any free port
 * @param kafkaPort 0 for any free port
 * @param servicePorts port per service module name, 0 for any free port
 * @param serviceEnvironment extra environment for every service (e.g. identity settings)
 */
public record LaunchOptions(Path home, Path dataDirectory, boolean keepData, int postgresPort, int kafkaPort,
        Map<String, Integer> servicePorts, Map<String, String> serviceEnvironment) {

    /** The services in start order; each owns the database named after its context. */
    public static final List<String> SERVICES = List.of("conference-service", "alliance-service", "training-service");

    public static String database(String service) {
        return service.substring(0, service.indexOf('-'));
    }
}
