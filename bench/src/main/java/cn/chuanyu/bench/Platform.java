package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded platform that bench/run started (platform-launcher.jar): where its parts listen, its processes, tokens
 * of the demo users, and JDBC access to the services' databases (role = password = database name).
 */
final class Platform {

    static final List<String> SERVICES =
            List.of("conference-service", "alliance-service", "training-service", "notification-service");
    static final String GATEWAY = "gateway";
    static final String GENERATOR = "bench (load generator)";
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern READY = Pattern.compile("platform ready in ([0-9.]+) s");
    /** The dev realm the launcher imports (bench/run runs from the repository's root). */
    private static final Path REALM_FILE = Path.of("deploy/keycloak/chuanyu-realm.json");

    private final Map<String, Integer> ports;
    private final long launcherPid;
    private final Path dataDirectory;
    private final Path launcherLog;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param ports by component: conference-service, alliance-service, training-service, notification-service, gateway,
     *     keycloak, postgres, and alliance-service-management (its management interface)
     */
    Platform(Map<String, Integer> ports, long launcherPid, Path dataDirectory, Path launcherLog) {
        this.ports = ports;
        this.launcherPid = launcherPid;
        this.dataDirectory = dataDirectory;
        this.launcherLog = launcherLog;
    }

    /** Base URL of a service (its own port) or of the gateway. */
    String url(String app) {
        return "http://127.0.0.1:" + ports.get(app);
    }

    /** Base URL of an application's management interface (health, metrics), given as "<app>-management". */
    String managementUrl(String app) {
        Integer port = ports.get(app + "-management");
        if (port == null) {
            throw new IllegalStateException("no --ports entry " + app + "-management");
        }
        return "http://127.0.0.1:" + port;
    }

    String realmUrl() {
        return "http://127.0.0.1:" + ports.get("keycloak") + "/realms/chuanyu";
    }

    /** A demo user's access token (password = user name + "-pass"), by the password grant of chuanyu-web. */
    String token(String user) throws IOException, InterruptedException {
        String form =
                "grant_type=password&client_id=chuanyu-web&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(user + "-pass", StandardCharsets.UTF_8);
        return tokenBy(form, user);
    }

    /**
     * A token of a confidential client of the dev realm by its client-credentials grant (e.g. chuanyu-partner, whose
     * service account has the partner role); its demo secret is read from the realm file the launcher imports.
     */
    String clientToken(String clientId) throws IOException, InterruptedException {
        String secret = null;
        for (var client : new ObjectMapper().readTree(REALM_FILE.toFile()).path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                secret = client.path("secret").asText();
            }
        }
        if (secret == null) {
            throw new IllegalStateException("no client " + clientId + " in " + REALM_FILE);
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return tokenBy(form, "client " + clientId);
    }

    /** The access token the realm's token endpoint answers to this grant. */
    private String tokenBy(String form, String whose) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "no token for " + whose + ": " + response.statusCode() + " " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    /** A connection to a service's database: conference, alliance, training or notification. */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + ports.get("postgres") + "/" + name, name, name);
    }

    /**
     * The platform's processes by role: each service and the gateway (their packaged Quarkus applications), Keycloak
     * (kc.sh and its JVM), PostgreSQL (the postmaster and every backend), the launcher's own JVM (which hosts the Kafka
     * broker) and this load generator.
     */
    Map<String, List<Long>> processes() {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (String app : SERVICES) {
            groups.put(app, new ArrayList<>());
        }
        groups.put(GATEWAY, new ArrayList<>());
        groups.put("postgres", new ArrayList<>());
        groups.put("launcher (Kafka broker)", new ArrayList<>(List.of(launcherPid)));
        groups.put("keycloak", new ArrayList<>());
        groups.put(GENERATOR, new ArrayList<>(List.of(ProcessHandle.current().pid())));
        // PostgreSQL's postmaster is started through pg_ctl, which detaches it from the launcher: found by its port
        String postmaster = "-p " + ports.get("postgres");
        ProcessHandle.allProcesses()
                .filter(p -> {
                    String command = Machine.commandLine(p.pid());
                    return command.contains("/bin/postgres ")
                            && (command.contains(postmaster + " ") || command.endsWith(postmaster));
                })
                .forEach(p -> {
                    groups.get("postgres").add(p.pid());
                    p.descendants().forEach(backend -> groups.get("postgres").add(backend.pid()));
                });
        ProcessHandle.of(launcherPid)
                .ifPresent(launcher -> launcher.descendants().forEach(p -> {
                    String command = Machine.commandLine(p.pid());
                    Matcher app = Pattern.compile("/([a-z-]+)/target/quarkus-app/quarkus-run\\.jar")
                            .matcher(command);
                    if (app.find() && groups.containsKey(app.group(1))) {
                        groups.get(app.group(1)).add(p.pid());
                    } else if (command.contains("keycloak")) {
                        groups.get("keycloak").add(p.pid());
                    }
                }));
        return groups;
    }

    /** Start-up time of each application as Quarkus logged it ("started in 6.1s"), and of the whole platform. */
    Map<String, Double> startupSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String app : Scenarios.SERVICES_AND_GATEWAY) {
            seconds.put(app, firstMatch(dataDirectory.resolve("logs").resolve(app + ".log"), STARTED));
        }
        seconds.put("keycloak", firstMatch(dataDirectory.resolve("logs").resolve("keycloak.log"), STARTED));
        seconds.put("whole platform (launcher: ready)", firstMatch(launcherLog, READY));
        return seconds;
    }

    private static Double firstMatch(Path file, Pattern pattern) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // reported as unknown
        }
        return null;
    }
}
