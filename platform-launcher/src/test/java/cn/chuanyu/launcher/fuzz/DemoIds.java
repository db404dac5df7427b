package cn.chuanyu.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real values for path parameters, read from the demo data through the gateway's own read operations: for
 * {@code /api/training/courses/{id}/sessions/{sessionId}} the first course of {@code GET /api/training/courses} that
 * has a session in {@code GET /api/training/courses/{id}/sessions}. A parameter is looked up in the listing at its own
 * prefix, else in a listing named after it ({@code paperId} in a {@code .../papers} listing); what no listing gives is
 * a fresh UUID (the request then answers 404, after validation).
 */
final class DemoIds {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final int CANDIDATES = 8;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ApiDocument document;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<JsonNode>> listings = new HashMap<>();

    DemoIds(ApiDocument document, HttpClient http) {
        this.document = document;
        this.http = http;
    }

    /** Values for every path parameter of the operation, found as the given token (null: anonymous) sees them. */
    Map<String, String> resolve(ApiDocument.Operation operation, String token) throws Exception {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(operation.path());
        while (m.find()) {
            names.add(m.group(1));
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (!search(operation.path(), names, 0, values, token)) {
            values.clear();
            for (String name : names) { // no combination found throughout: the first value of each, or a guess
                List<String> candidates = candidates(operation.path(), name, values, token);
                values.put(name, candidates.isEmpty() ? fallback(operation, name) : candidates.get(0));
            }
        }
        return values;
    }

    /** Depth-first: a value for parameter i, then the rest; true when every parameter got a value from a listing. */
    private boolean search(String template, List<String> names, int i, Map<String, String> values, String token)
            throws Exception {
        if (i == names.size()) {
            return true;
        }
        String name = names.get(i);
        List<String> candidates = candidates(template, name, values, token);
        for (String candidate : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            values.put(name, candidate);
            if (search(template, names, i + 1, values, token)) {
                return true;
            }
        }
        values.remove(name);
        return false;
    }

    private String fallback(ApiDocument.Operation operation, String name) {
        JsonNode schema = operation.parameters("path").stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(p -> document.resolve(p.schema()))
                .orElse(null);
        if (schema != null
                && ApiDocument.type(schema).equals("integer")
                && name.toLowerCase().endsWith("year")) {
            return String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1);
        }
        if (schema != null && !ApiDocument.type(schema).equals("string")
                || schema != null && !ApiDocument.enumValues(schema).isEmpty()) {
            return document.sample(schema).asText();
        }
        return UUID.nameUUIDFromBytes(("fuzz-" + name).getBytes()).toString();
    }

    private List<String> candidates(String template, String name, Map<String, String> known, String token)
            throws Exception {
        List<String> values = new ArrayList<>();
        String prefix = template.substring(0, template.indexOf("{" + name + "}") - 1);
        if (document.readablePaths().contains(prefix)) {
            values.addAll(fieldOf(read(fill(prefix, known), token), name));
        }
        if (values.isEmpty()) {
            String stem = name.equals("id") ? lastLiteral(prefix) : plural(name.replaceFirst("Id$", ""));
            for (String listing : document.readablePaths()) {
                if (!listing.equals(prefix) && stem.equals(lastLiteral(listing.replaceFirst("/mine$", "")))) {
                    values.addAll(listingValues(listing, name, token));
                    if (!values.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return values;
    }

    /** The values of a listing whose own parameters are resolved first (one level: the first fitting value). */
    private List<String> listingValues(String listing, String name, String token) throws Exception {
        Matcher m = PARAMETER.matcher(listing);
        Map<String, String> known = new LinkedHashMap<>();
        List<String> inner = new ArrayList<>();
        while (m.find()) {
            inner.add(m.group(1));
        }
        if (inner.isEmpty()) {
            return fieldOf(read(listing, token), name);
        }
        if (inner.size() > 1) {
            return List.of();
        }
        String prefix = listing.substring(0, listing.indexOf("{" + inner.get(0) + "}") - 1);
        for (String outer : fieldOf(read(prefix, token), inner.get(0))) {
            known.put(inner.get(0), outer);
            List<String> values = fieldOf(read(fill(listing, known), token), name);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return List.of();
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", Target.encode(value.getValue()));
        }
        return filled;
    }

    private static String lastLiteral(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{")) {
                return segments[i];
            }
        }
        return "";
    }

    private static String plural(String stem) {
        String kebab = stem.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        return kebab.endsWith("s") ? kebab : kebab + "s";
    }

    /** The field {@code name} (else {@code id}) of each element of a listing. */
    private static List<String> fieldOf(List<JsonNode> elements, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : elements) {
            JsonNode value = element.has(name) ? element.get(name) : element.get("id");
            if (value != null && value.isValueNode() && !value.isNull()) {
                values.add(value.asText());
            }
        }
        return values;
    }

    /** The elements of a listing: the array itself, or the first array property of a page ({@code items}). */
    private List<JsonNode> read(String path, String token) throws Exception {
        String key = path + " " + token;
        List<JsonNode> cached = listings.get(key);
        if (cached != null) {
            return cached;
        }
        List<JsonNode> elements = new ArrayList<>();
        JsonNode body = get(path, token);
        if (body != null) {
            Optional<JsonNode> array = body.isArray()
                    ? Optional.of(body)
                    : body.has("items") ? Optional.of(body.get("items")) : firstArray(body);
            array.ifPresent(a -> a.forEach(elements::add));
        }
        listings.put(key, elements);
        return elements;
    }

    /** The JSON of a 200 answer to a GET through the gateway, or null. */
    private JsonNode get(String path, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(SharedPlatform.gateway(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                Thread.sleep(1000);
                continue;
            }
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        }
        return null;
    }

    /**
     * The base body brought closer to what the running platform accepts: every {@code ...Id} text that names a resource
     * a listing knows gets a real id ({@code programmeId}: the first programme), and a {@code version} the current
     * version of the resource the operation changes (read at its own path, else its parent's).
     */
    JsonNode realistic(JsonNode body, ApiDocument.Operation operation, Map<String, String> pathValues, String token)
            throws Exception {
        if (body == null || !body.isObject()) {
            return body;
        }
        JsonNode copy = body.deepCopy();
        replaceIds(copy, token, 0);
        JsonNode schema = document.resolve(operation.bodySchema());
        if (document.properties(schema).containsKey("version")) {
            String template = operation.path();
            for (int i = 0; i < 2 && template.lastIndexOf('/') > 0; i++) {
                if (document.readablePaths().contains(template)) {
                    JsonNode resource = get(fill(template, pathValues), token);
                    if (resource != null && resource.path("version").isIntegralNumber()) {
                        ((ObjectNode) copy).set("version", resource.get("version"));
                        break;
                    }
                }
                template = template.substring(0, template.lastIndexOf('/'));
            }
        }
        return copy;
    }

    private void replaceIds(JsonNode node, String token, int depth) throws Exception {
        if (depth > 5) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (name.endsWith("Id")
                        && value.isTextual()
                        && UUID_TEXT.matcher(value.asText()).matches()) {
                    Optional<String> real = lookup(name, token);
                    if (real.isPresent()) {
                        object.put(name, real.get());
                    }
                } else {
                    replaceIds(value, token, depth + 1);
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                replaceIds(element, token, depth + 1);
            }
        }
    }

    /** The first id of the listing named after the property ({@code enrolmentId}: {@code .../enrolments}). */
    private Optional<String> lookup(String name, String token) throws Exception {
        String stem = plural(name.replaceFirst("Id$", ""));
        for (String listing : document.readablePaths()) {
            if (stem.equals(lastLiteral(listing.replaceFirst("/mine$", "")))) {
                List<String> values = listingValues(listing, "id", token);
                if (!values.isEmpty()) {
                    return Optional.of(values.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> firstArray(JsonNode body) {
        for (JsonNode value : body) {
            if (value.isArray()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
