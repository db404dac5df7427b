package cn.chuanyu.notification.directory;

import cn.chuanyu.notification.kernel.NotificationConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm's people, read from Keycloak's admin REST API with the service account of the client
 * {@code chuanyu-notification} (realm-management {@code view-users}, and {@code view-realm}, without which Keycloak
 * refuses to list a realm role's users), and cached: a user's e-mail address and language ({@code locale} attribute,
 * zh-CN when unset), a zone's officers (role zone-officer, attribute {@code zone}), the secretariat's staff (role
 * alliance-secretariat). Every call is bounded by a timeout; a failure is {@link DirectoryUnavailableException}, which
 * callers retry later.
 */
@ApplicationScoped
public class Directory {

    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("zh-CN");

    private final NotificationConfig.Directory config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Map<String, Cached<Optional<Person>>> people = new ConcurrentHashMap<>();
    private final Map<String, Cached<List<String>>> officers = new ConcurrentHashMap<>();
    private volatile Cached<String> token;
    private volatile Cached<List<String>> secretariat;

    Directory(NotificationConfig config, ObjectMapper json) {
        this.config = config.directory();
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    /** The user of this account name, if the realm has one. */
    public Optional<Person> person(String username) {
        Cached<Optional<Person>> cached = people.get(username);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        JsonNode users = get("/users?exact=true&briefRepresentation=false&username=" + encode(username));
        Optional<Person> person = Optional.empty();
        for (JsonNode user : users) {
            if (username.equalsIgnoreCase(user.path("username").asText())) {
                person = Optional.of(person(user));
            }
        }
        people.put(username, new Cached<>(person, Instant.now().plus(config.cacheTtl())));
        return person;
    }

    /** The account names of the alliance secretariat's staff (role alliance-secretariat). */
    public List<String> secretariat() {
        Cached<List<String>> cached = secretariat;
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode user : get("/roles/alliance-secretariat/users?briefRepresentation=true&max=1000")) {
            names.add(user.path("username").asText());
        }
        secretariat = new Cached<>(List.copyOf(names), Instant.now().plus(config.cacheTtl()));
        return secretariat.value();
    }

    /** The account names of the zone's officers. */
    public List<String> zoneOfficers(String zone) {
        Cached<List<String>> cached = officers.get(zone);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode user : get("/roles/zone-officer/users?briefRepresentation=false&max=1000")) {
            for (JsonNode value : user.path("attributes").path("zone")) {
                if (zone.equalsIgnoreCase(value.asText())) {
                    names.add(user.path("username").asText());
                }
            }
        }
        List<String> result = List.copyOf(names);
        officers.put(zone, new Cached<>(result, Instant.now().plus(config.cacheTtl())));
        return result;
    }

    private static Person person(JsonNode user) {
        String email = user.path("email").asText(null);
        JsonNode locale = user.path("attributes").path("locale");
        Locale language =
                locale.isArray() && !locale.isEmpty() && locale.get(0).asText().startsWith("en")
                        ? Locale.ENGLISH
                        : DEFAULT_LOCALE;
        boolean verifiedOrUnknown =
                !user.has("emailVerified") || user.path("emailVerified").asBoolean(true);
        return new Person(user.path("username").asText(), verifiedOrUnknown ? email : null, language);
    }

    private JsonNode get(String path) {
        URI uri = URI.create(config.keycloakUrl() + "/admin/realms/" + config.realm() + path);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + token())
                .GET()
                .build());
        if (response.statusCode() == 401) {
            token = null; // expired or revoked early: the next call takes a new one
        }
        return read(response, uri);
    }

    private String token() {
        Cached<String> current = token;
        if (current != null && current.fresh()) {
            return current.value();
        }
        URI uri = URI.create(config.keycloakUrl() + "/realms/" + config.realm() + "/protocol/openid-connect/token");
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret="
                + encode(config.clientSecret());
        JsonNode answer = read(
                send(HttpRequest.newBuilder(uri)
                        .timeout(config.timeout())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build()),
                uri);
        long lifetime = Math.max(10, answer.path("expires_in").asLong(60) - 10);
        token = new Cached<>(answer.path("access_token").asText(), Instant.now().plusSeconds(lifetime));
        return token.value();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DirectoryUnreachableException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException(request.uri() + ": interrupted", e);
        }
    }

    private JsonNode read(HttpResponse<String> response, URI uri) {
        if (response.statusCode() >= 500) {
            throw new DirectoryUnreachableException(uri + " answered " + response.statusCode(), null);
        }
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailableException(uri + " answered " + response.statusCode(), null);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new DirectoryUnavailableException(uri + " answered no JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Cached<T>(T value, Instant until) {
        boolean fresh() {
            return Instant.now().isBefore(until);
        }
    }
}
