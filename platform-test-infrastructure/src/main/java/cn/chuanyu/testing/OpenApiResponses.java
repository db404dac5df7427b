package cn.chuanyu.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks responses against an OpenAPI 3.1 document, the way a client generated from it would rely on them: the
 * operation is found by its path template (literal segments win over parameters, from the left), the response by its
 * exact status, then its range ({@code 4XX}), then {@code default}; the status and the media type must be documented, a
 * JSON body must validate against the response's schema (JSON Schema 2020-12, {@code $ref}s into the document's
 * {@code components} resolved), and every header the response documents as required must be present.
 *
 * <p>Thread-safe; build one per document. Works on text only (no Quarkus or RestAssured types), so that it can serve a
 * RestAssured filter inside a Quarkus test as well as the end-to-end tests' HTTP client.
 */
public final class OpenApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build()));
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final int VALUE_LIMIT = 300;

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final List<String> basePaths = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiResponses(JsonNode document) {
        this.document = document;
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path)));
        basePaths.add("");
        for (JsonNode server : document.path("servers")) {
            String path = serverPath(server.path("url").asText(""));
            if (!path.isEmpty() && !path.equals("/")) {
                basePaths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
            }
        }
    }

    /** A validator for the document (its JSON text). */
    public static OpenApiResponses of(String documentJson) {
        try {
            JsonNode document = JSON.readTree(documentJson);
            if (!document.isObject() || !document.path("paths").isObject()) {
                throw new IllegalArgumentException("not an OpenAPI document (no paths): " + shorten(documentJson));
            }
            return new OpenApiResponses(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The document this validator checks against. */
    public JsonNode document() {
        return document;
    }

    /** The operation ({@code GET /papers/{id}}) the request addresses, if the document has it. */
    public Optional<String> operation(String method, String pathAndQuery) {
        return find(method, pathAndQuery).map(Match::name);
    }

    /** The faults of the response; empty when it conforms to the document. */
    public List<ResponseFault> faults(ObservedResponse response) {
        return check(response).faults();
    }

    /** Fails with every fault of the response, readable, unless it conforms. */
    public void assertConforms(ObservedResponse response) {
        List<ResponseFault> faults = faults(response);
        if (!faults.isEmpty()) {
            throw new AssertionError(describe(response, faults));
        }
    }

    /** The operation the response belongs to (empty when none matches) and its faults. */
    public Check check(ObservedResponse response) {
        Optional<Match> match = find(response.method(), response.pathAndQuery());
        if (match.isEmpty()) {
            String request = response.method() + " " + response.path();
            return new Check(
                    Optional.empty(),
                    List.of(new ResponseFault(
                            request, response.status(), "", "the document has no operation for this request", "")));
        }
        return new Check(Optional.of(match.get().name()), faults(match.get(), response));
    }

    /** A readable report of a response's faults, with its body. */
    public static String describe(ObservedResponse response, List<ResponseFault> faults) {
        StringBuilder text = new StringBuilder("the response to ")
                .append(response.method())
                .append(' ')
                .append(response.pathAndQuery())
                .append(" (")
                .append(response.status())
                .append(", ")
                .append(response.contentType())
                .append(") breaks the OpenAPI document:");
        faults.forEach(fault -> text.append("\n  - ").append(fault));
        text.append("\n  body: ").append(shorten(response.body(), 2000));
        return text.toString();
    }

    /** The result of {@link #check}: the operation, when the document has it, and the faults. */
    public record Check(Optional<String> operation, List<ResponseFault> faults) {}

    private record Match(String name, String pathKey, String methodKey, JsonNode operation) {}

    private List<ResponseFault> faults(Match match, ObservedResponse response) {
        List<ResponseFault> faults = new ArrayList<>();
        int status = response.status();
        String name = match.name();
        JsonNode responses = match.operation().path("responses");
        String statusKey = responseKey(responses, status);
        if (statusKey == null) {
            faults.add(new ResponseFault(
                    name,
                    status,
                    "",
                    "status " + status + " is not documented (documented: " + keys(responses) + ")",
                    ""));
            return faults;
        }
        JsonNode documented = resolve(responses.path(statusKey));
        JsonNode content = documented.path("content");
        String mediaType = mediaType(response.contentType());
        boolean head = response.method().equals("HEAD");
        if (content.isEmpty()) {
            if (!response.body().isEmpty() && !head) {
                faults.add(new ResponseFault(
                        name,
                        status,
                        "",
                        "response " + statusKey + " documents no body, but one came (" + response.contentType() + ")",
                        shorten(response.body())));
            }
        } else if (mediaType == null) {
            if (!head && status != 304) {
                faults.add(new ResponseFault(
                        name,
                        status,
                        "",
                        "no Content-Type, but response " + statusKey + " documents " + keys(content),
                        shorten(response.body())));
            }
        } else {
            String mediaKey = mediaKey(content, mediaType);
            if (mediaKey == null) {
                faults.add(new ResponseFault(
                        name,
                        status,
                        "",
                        "media type " + mediaType + " is not documented for " + statusKey + " (documented: "
                                + keys(content) + ")",
                        ""));
            } else if (!head && isJson(mediaType)) {
                String schemaPointer = "/paths/" + escape(match.pathKey()) + "/" + match.methodKey() + "/responses/"
                        + escape(statusKey) + "/content/" + escape(mediaKey) + "/schema";
                faults.addAll(bodyFaults(name, status, schemaPointer, resolve(content.path(mediaKey)), response));
            }
        }
        for (var header : documented.path("headers").properties()) {
            JsonNode definition = resolve(header.getValue());
            if (definition.path("required").asBoolean(false)
                    && !header.getKey().equalsIgnoreCase("Content-Type")
                    && !response.hasHeader(header.getKey())) {
                faults.add(new ResponseFault(
                        name, status, "", "the required header " + header.getKey() + " is missing", ""));
            }
        }
        return faults;
    }

    private List<ResponseFault> bodyFaults(
            String name, int status, String schemaPointer, JsonNode media, ObservedResponse response) {
        JsonNode schemaNode = media.get("schema");
        if (schemaNode == null) {
            return List.of();
        }
        if (response.body().isBlank()) {
            return List.of(new ResponseFault(name, status, "", "the body is empty, but a JSON body is documented", ""));
        }
        try {
            JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            return List.of(new ResponseFault(
                    name, status, "", "the body is not JSON: " + e.getOriginalMessage(), shorten(response.body())));
        }
        Schema schema = schemas.computeIfAbsent(
                schemaPointer, key -> REGISTRY.getSchema(wrapper(schemaNode), InputFormat.JSON));
        List<ResponseFault> faults = new ArrayList<>();
        for (Error error : schema.validate(response.body(), InputFormat.JSON)) {
            String pointer = error.getInstanceLocation() == null
                    ? ""
                    : error.getInstanceLocation().toString();
            String value = error.getInstanceNode() == null
                    ? ""
                    : shorten(error.getInstanceNode().toString());
            faults.add(new ResponseFault(name, status, pointer, error.getMessage(), value));
        }
        return faults;
    }

    /**
     * The response's schema as a JSON Schema 2020-12 document that carries the OpenAPI document's components, so that
     * {@code #/components/...} references resolve inside it.
     */
    private String wrapper(JsonNode schemaNode) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        if (schemaNode.isBoolean()) {
            wrapper.set("allOf", JSON.createArrayNode().add(schemaNode));
        } else {
            wrapper.setAll((ObjectNode) schemaNode.deepCopy());
        }
        wrapper.set("components", document.path("components").deepCopy());
        return wrapper.toString();
    }

    private Optional<Match> find(String method, String pathAndQuery) {
        String methodKey = method.toLowerCase(Locale.ROOT);
        String path = URI.create("http://host")
                .resolve(pathAndQuery.replace(" ", "%20"))
                .getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        for (String base : basePaths) {
            if (!path.startsWith(base)) {
                continue;
            }
            String relative = path.substring(base.length());
            Template best = null;
            for (Template template : templates) {
                if (template.matches(relative) && (best == null || template.beats(best))) {
                    best = template;
                }
            }
            if (best != null) {
                JsonNode item = resolve(document.path("paths").path(best.path));
                String key =
                        item.has(methodKey) ? methodKey : methodKey.equals("head") && item.has("get") ? "get" : null;
                if (key == null) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Match(method.toUpperCase(Locale.ROOT) + " " + best.path, best.path, key, item.path(key)));
            }
        }
        return Optional.empty();
    }

    private static String responseKey(JsonNode responses, int status) {
        String exact = Integer.toString(status);
        if (responses.has(exact)) {
            return exact;
        }
        String range = status / 100 + "XX";
        for (var key : (Iterable<String>) responses::fieldNames) {
            if (key.equalsIgnoreCase(range)) {
                return key;
            }
        }
        return responses.has("default") ? "default" : null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static String mediaKey(JsonNode content, String mediaType) {
        String wildcard = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        for (String candidate : List.of(mediaType, wildcard, "*/*")) {
            for (var key : (Iterable<String>) content::fieldNames) {
                if (candidate.equals(mediaType(key))) {
                    return key;
                }
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static String keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return String.join(", ", keys);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String serverPath(String url) {
        try {
            String path = URI.create(url.replaceAll("\\{[^}]*}", "x")).getRawPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String shorten(String text) {
        return shorten(text, VALUE_LIMIT);
    }

    private static String shorten(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit) + "… (" + text.length() + " chars)";
    }

    /** A path template of the document, matched segment by segment. */
    private static final class Template {

        private final String path;
        private final List<Pattern> segments = new ArrayList<>();
        private final boolean[] literal;

        Template(String path) {
            this.path = path;
            String[] parts = split(path);
            literal = new boolean[parts.length];
            for (int i = 0; i < parts.length; i++) {
                Matcher parameter = PARAMETER.matcher(parts[i]);
                StringBuilder regex = new StringBuilder();
                int last = 0;
                boolean any = false;
                while (parameter.find()) {
                    regex.append(Pattern.quote(parts[i].substring(last, parameter.start())))
                            .append("[^/]+");
                    last = parameter.end();
                    any = true;
                }
                regex.append(Pattern.quote(parts[i].substring(last)));
                literal[i] = !any;
                segments.add(Pattern.compile(regex.toString()));
            }
        }

        boolean matches(String requestPath) {
            String[] parts = split(requestPath);
            if (parts.length != segments.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                String segment = URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!segments.get(i).matcher(segment).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** Whether this template is more specific: the first segment where they differ is literal here. */
        boolean beats(Template other) {
            for (int i = 0; i < literal.length; i++) {
                if (literal[i] != other.literal[i]) {
                    return literal[i];
                }
            }
            return false;
        }

        private static String[] split(String path) {
            String trimmed = path.startsWith("/") ? path.substring(1) : path;
            if (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
        }
    }
}
