package cn.chuanyu.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may call what and with which token: the rows of {@code deploy/authorization-matrix.txt} (the same file
 * AuthorizationMatrixIT holds the platform to) and a real Keycloak token per realm role, played by the first demo user
 * of the realm file holding it (the partner role by the partner's confidential client).
 */
final class Identities {

    /** The order in which a role is picked among those a row allows: the broadest first, a zone officer last. */
    private static final List<String> PREFERENCE = List.of(
            "organiser",
            "researcher",
            "reviewer",
            "alliance-secretariat",
            "training-admin",
            "trainee",
            "instructor",
            "company-representative",
            "zone-officer",
            "partner",
            "platform-admin");

    private static final String PARTNER_CLIENT = "chuanyu-partner";
    private static final String PARTNER_SECRET = "partner-secret-change-me";

    private final Map<String, Set<String>> rows;
    /** Per realm role: user name and password of the demo user playing it. */
    private final Map<String, String[]> players;

    private final String realmUrl;
    private final HttpClient http;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    private Identities(Map<String, Set<String>> rows, Map<String, String[]> players, String realmUrl, HttpClient http) {
        this.rows = rows;
        this.players = players;
        this.realmUrl = realmUrl;
        this.http = http;
    }

    static Identities read(Path home, String realmUrl, HttpClient http) throws IOException {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(home.resolve("deploy/authorization-matrix.txt"))) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] columns = row.split("\\s+");
            rows.put(
                    columns[0] + " " + columns[1],
                    new TreeSet<>(Arrays.asList(columns).subList(2, columns.length)));
        }
        Map<String, String[]> players = new LinkedHashMap<>();
        JsonNode realm = new ObjectMapper()
                .readTree(home.resolve("deploy/keycloak/chuanyu-realm.json").toFile());
        for (JsonNode user : realm.path("users")) {
            JsonNode credentials = user.path("credentials");
            if (credentials.isEmpty()) {
                continue;
            }
            String[] player = {
                user.path("username").asText(),
                credentials.path(0).path("value").asText()
            };
            user.path("realmRoles").forEach(role -> players.putIfAbsent(role.asText(), player));
        }
        return new Identities(rows, players, realmUrl, http);
    }

    /**
     * The role that calls an operation: empty for a public one (called as an anonymous client would), the most
     * privileged role its row allows otherwise.
     */
    Optional<String> roleFor(String operation) {
        Set<String> who = rows.get(operation);
        if (who == null) {
            throw new IllegalStateException(operation + " has no row in deploy/authorization-matrix.txt");
        }
        if (who.equals(Set.of("anyone"))) {
            return Optional.empty();
        }
        if (who.equals(Set.of("authenticated"))) {
            return Optional.of(PREFERENCE.get(0));
        }
        return PREFERENCE.stream()
                .filter(who::contains)
                .findFirst()
                .or(() -> who.stream().findFirst());
    }

    /** A real access token of the role, fetched once. */
    synchronized String token(String role) throws IOException, InterruptedException {
        String cached = tokens.get(role);
        if (cached != null) {
            return cached;
        }
        Map<String, String> form;
        if ("partner".equals(role)) {
            form = Map.of(
                    "grant_type", "client_credentials", "client_id", PARTNER_CLIENT, "client_secret", PARTNER_SECRET);
        } else {
            String[] player = players.get(role);
            if (player == null) {
                throw new IllegalStateException("no demo user of the realm plays " + role);
            }
            form = Map.of(
                    "grant_type", "password", "client_id", "chuanyu-web", "username", player[0], "password", player[1]);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + role + ": " + response.body());
        }
        String token = new ObjectMapper()
                .readTree(response.body())
                .path("access_token")
                .asText();
        tokens.put(role, token);
        return token;
    }
}
