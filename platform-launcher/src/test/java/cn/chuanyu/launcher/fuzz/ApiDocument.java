package cn.chuanyu.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The gateway's merged OpenAPI document as a client reads it: its write operations, their parameters and body schemas,
 * and what a schema allows. Schemas are OpenAPI 3.1 (JSON Schema 2020-12): {@code type} may be a list with
 * {@code "null"}, {@code $ref} may carry siblings.
 */
final class ApiDocument {

    static final List<String> WRITE_METHODS = List.of("post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A parameter of an operation: in path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** One operation of the document. */
    record Operation(
            String method,
            String path,
            JsonNode node,
            List<Parameter> parameters,
            JsonNode bodySchema,
            boolean bodyRequired,
            String bodyType) {

        String key() {
            return method + " " + path;
        }

        boolean hasJsonBody() {
            return bodySchema != null && bodyType.contains("json");
        }

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }
    }

    private final JsonNode root;

    ApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Every POST, PUT, PATCH and DELETE of the document, in document order. */
    List<Operation> writeOperations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : WRITE_METHODS) {
                JsonNode node = path.getValue().get(method);
                if (node != null) {
                    operations.add(operation(method, path.getKey(), node, path.getValue()));
                }
            }
        }
        return operations;
    }

    /** The path templates the document can GET, e.g. {@code /api/training/courses/{id}/sessions}. */
    List<String> readablePaths() {
        List<String> paths = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(e -> {
            if (e.getValue().has("get")) {
                paths.add(e.getKey());
            }
        });
        return paths;
    }

    private Operation operation(String method, String path, JsonNode node, JsonNode pathItem) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode p = resolve(raw);
                String name = p.path("name").asText();
                String in = p.path("in").asText();
                parameters.removeIf(q -> q.name().equals(name) && q.in().equals(in)); // operation level wins
                parameters.add(new Parameter(name, in, p.path("required").asBoolean(), p.path("schema")));
            }
        }
        JsonNode body = resolve(node.path("requestBody"));
        JsonNode bodySchema = null;
        String bodyType = "application/json";
        Iterator<Map.Entry<String, JsonNode>> content = body.path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            bodyType = first.getKey();
            bodySchema = first.getValue().path("schema");
        }
        return new Operation(
                method.toUpperCase(),
                path,
                node,
                List.copyOf(parameters),
                bodySchema,
                body.path("required").asBoolean(),
                bodyType);
    }

    // ---- what a schema says ----------------------------------------------------------------------------------------

    /**
     * The schema with its {@code $ref}s followed (siblings of a reference win over the target), {@code allOf} merged
     * and the first non-null alternative of {@code anyOf}/{@code oneOf} taken (a null alternative makes it nullable).
     */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return NODES.objectNode();
        }
        Deque<JsonNode> chain = new ArrayDeque<>();
        JsonNode current = schema;
        for (int guard = 0; current.has("$ref") && guard < 20; guard++) {
            chain.push(current);
            current = root.at(current.path("$ref").asText().substring(1));
        }
        ObjectNode merged = current.isObject() ? ((ObjectNode) current).deepCopy() : NODES.objectNode();
        while (!chain.isEmpty()) {
            chain.pop().fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
        }
        merged.remove("$ref");
        if (merged.has("allOf")) {
            JsonNode all = merged.remove("allOf");
            for (JsonNode part : all) {
                mergeInto(merged, resolve(part));
            }
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (merged.has(choice)) {
                JsonNode alternatives = merged.remove(choice);
                boolean nullable = false;
                JsonNode chosen = null;
                for (JsonNode alternative : alternatives) {
                    JsonNode resolved = resolve(alternative);
                    if (types(resolved).equals(Set.of("null"))) {
                        nullable = true;
                    } else if (chosen == null) {
                        chosen = resolved;
                    }
                }
                if (chosen != null) {
                    mergeInto(merged, chosen);
                }
                if (nullable) {
                    merged.put("nullable", true);
                }
            }
        }
        return merged;
    }

    private static void mergeInto(ObjectNode target, JsonNode part) {
        part.fields().forEachRemaining(e -> {
            if (e.getKey().equals("properties") && target.has("properties")) {
                ((ObjectNode) target.get("properties")).setAll((ObjectNode) e.getValue());
            } else if (e.getKey().equals("required") && target.has("required")) {
                ((ArrayNode) target.get("required")).addAll((ArrayNode) e.getValue());
            } else if (!target.has(e.getKey())) {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    /** The JSON types a (resolved) schema allows, {@code "null"} included when nullable. */
    static Set<String> types(JsonNode s) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = s.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        if (s.path("nullable").asBoolean()) {
            types.add("null");
        }
        if (types.isEmpty() || types.equals(Set.of("null"))) {
            if (s.has("properties") || s.has("additionalProperties")) {
                types.add("object");
            } else if (s.has("items")) {
                types.add("array");
            } else if (s.has("enum")) {
                for (JsonNode value : s.path("enum")) {
                    if (!value.isNull()) {
                        types.add(value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : "number");
                        break;
                    }
                }
            }
        }
        return types;
    }

    /** The one non-null type of a schema ({@code ""} when it allows anything). */
    static String type(JsonNode s) {
        return types(s).stream().filter(t -> !t.equals("null")).findFirst().orElse("");
    }

    static boolean nullable(JsonNode s) {
        return types(s).contains("null");
    }

    static List<String> enumValues(JsonNode s) {
        List<String> values = new ArrayList<>();
        s.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    /** The properties of an object schema, resolved, in document order. */
    Map<String, JsonNode> properties(JsonNode s) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        s.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), resolve(e.getValue())));
        return properties;
    }

    static Set<String> required(JsonNode s) {
        Set<String> required = new LinkedHashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** The value schema of a map (an object schema whose {@code additionalProperties} is a schema), or null. */
    JsonNode mapValues(JsonNode s) {
        JsonNode values = s.path("additionalProperties");
        return values.isObject() && !s.has("properties") ? resolve(values) : null;
    }

    // ---- valid values -------------------------------------------------------------------------------------------

    /**
     * A value the schema accepts: its example or default when that conforms (objects keep only documented properties),
     * otherwise one built from the schema (required properties only, the smallest allowed numbers).
     */
    JsonNode sample(JsonNode raw) {
        return sample(raw, 0);
    }

    private JsonNode sample(JsonNode raw, int depth) {
        JsonNode s = resolve(raw);
        for (JsonNode candidate : candidates(s)) {
            JsonNode fitted = fit(candidate, s, depth);
            if (fitted != null) {
                return fitted;
            }
        }
        return generate(s, depth);
    }

    private static List<JsonNode> candidates(JsonNode s) {
        List<JsonNode> candidates = new ArrayList<>();
        if (s.has("example") && !s.get("example").isNull()) {
            candidates.add(s.get("example"));
        }
        s.path("examples").forEach(e -> {
            if (!e.isNull()) {
                candidates.add(e);
            }
        });
        if (s.has("default") && !s.get("default").isNull()) {
            candidates.add(s.get("default"));
        }
        return candidates;
    }

    /** The value trimmed to what the schema allows, or null when it does not conform. */
    private JsonNode fit(JsonNode value, JsonNode s, int depth) {
        if (depth > 6) {
            return null;
        }
        switch (type(s)) {
            case "object" -> {
                if (!value.isObject()) {
                    return null;
                }
                ObjectNode fitted = NODES.objectNode();
                Map<String, JsonNode> properties = properties(s);
                JsonNode mapValues = mapValues(s);
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode schema =
                            properties.containsKey(field.getKey()) ? properties.get(field.getKey()) : mapValues;
                    JsonNode inner = schema == null ? null : fit(field.getValue(), schema, depth + 1);
                    if (inner != null) {
                        fitted.set(field.getKey(), inner);
                    }
                }
                for (String name : required(s)) {
                    if (!fitted.has(name) && properties.containsKey(name)) {
                        fitted.set(name, sample(properties.get(name), depth + 1));
                    }
                }
                return fitted;
            }
            case "array" -> {
                if (!value.isArray()) {
                    return null;
                }
                ArrayNode fitted = NODES.arrayNode();
                JsonNode items = resolve(s.path("items"));
                for (JsonNode element : value) {
                    JsonNode inner = fit(element, items, depth + 1);
                    if (inner != null && fitted.size() < s.path("maxItems").asInt(Integer.MAX_VALUE)) {
                        fitted.add(inner);
                    }
                }
                while (fitted.size() < s.path("minItems").asInt(0)) {
                    fitted.add(sample(items, depth + 1));
                }
                return fitted;
            }
            default -> {
                return conforms(value, s) ? value.deepCopy() : null;
            }
        }
    }

    private JsonNode generate(JsonNode s, int depth) {
        List<String> constants = enumValues(s);
        if (!constants.isEmpty()) {
            return s.path("enum").get(s.path("enum").get(0).isNull() ? 1 : 0).deepCopy();
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 6) {
                    return object;
                }
                Map<String, JsonNode> properties = properties(s);
                for (String name : required(s)) {
                    if (properties.containsKey(name)) {
                        object.set(name, sample(properties.get(name), depth + 1));
                    }
                }
                JsonNode mapValues = mapValues(s);
                if (mapValues != null && s.path("minProperties").asInt(0) > 0) {
                    object.set(mapKey(s), sample(mapValues, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = Math.min(
                        Math.max(1, s.path("minItems").asInt(0)),
                        s.path("maxItems").asInt(1));
                for (int i = 0; i < size && depth <= 6; i++) {
                    array.add(sample(s.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(smallestNumber(s).longValue());
            }
            case "number" -> {
                return NODES.numberNode(smallestNumber(s));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                return NODES.textNode(sampleText(s));
            }
            default -> {
                return NODES.textNode("fuzz");
            }
        }
    }

    /** The key of a map a sample uses: the first of {@code propertyNames.enum}, or a plain word. */
    String mapKey(JsonNode s) {
        List<String> names = enumValues(resolve(s.path("propertyNames")));
        return names.isEmpty() ? "FUZZ" : names.get(0);
    }

    private static BigDecimal smallestNumber(JsonNode s) {
        BigDecimal value = BigDecimal.ONE;
        if (s.has("minimum")) {
            value = s.get("minimum").decimalValue();
        } else if (s.has("exclusiveMinimum") && s.get("exclusiveMinimum").isNumber()) {
            value = s.get("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
        } else if (s.has("maximum") && s.get("maximum").decimalValue().compareTo(value) < 0) {
            value = s.get("maximum").decimalValue();
        }
        if (s.has("multipleOf") && s.get("multipleOf").decimalValue().signum() > 0) {
            BigDecimal step = s.get("multipleOf").decimalValue();
            value = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
        }
        return value;
    }

    private static String sampleText(JsonNode s) {
        LocalDate inAMonth = LocalDate.now(SHANGHAI).plusDays(30);
        List<String> candidates = switch (s.path("format").asText()) {
            case "uuid" -> List.of(UUID.nameUUIDFromBytes("fuzz".getBytes()).toString());
            case "date" -> List.of(inAMonth.toString());
            case "date-time" -> List.of(inAMonth + "T09:30:00+08:00");
            case "email" -> List.of("fuzz@example.com");
            case "uri", "url" -> List.of("https://example.com/fuzz");
            default -> List.of("模糊测试", "fuzz", "fuzz-1", "FUZZ", "12345", "1", "x");
        };
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        for (String candidate : candidates) {
            StringBuilder text = new StringBuilder(candidate);
            while (text.length() < min) {
                text.append('x');
            }
            String fitted = text.length() > max ? text.substring(0, max) : text.toString();
            if (conforms(NODES.textNode(fitted), s)) {
                return fitted;
            }
        }
        return candidates.get(0);
    }

    /** Whether a scalar value conforms to a (resolved) schema: type, enum, lengths, bounds, format, pattern. */
    static boolean conforms(JsonNode value, JsonNode s) {
        if (value.isNull()) {
            return nullable(s);
        }
        List<String> constants = enumValues(s);
        if (!constants.isEmpty() && (!value.isTextual() || !constants.contains(value.asText()))) {
            return value.isNumber() && s.path("enum").toString().contains(value.toString());
        }
        switch (type(s)) {
            case "string" -> {
                if (!value.isTextual()) {
                    return false;
                }
                String text = value.asText();
                int length = text.codePointCount(0, text.length());
                if (length < s.path("minLength").asInt(0)
                        || length > s.path("maxLength").asInt(Integer.MAX_VALUE)) {
                    return false;
                }
                if (s.has("pattern") && !matches(s.path("pattern").asText(), text)) {
                    return false;
                }
                return formatted(s.path("format").asText(), text);
            }
            case "integer" -> {
                return value.isNumber()
                        && value.decimalValue().stripTrailingZeros().scale() <= 0
                        && withinBounds(value, s);
            }
            case "number" -> {
                return value.isNumber() && withinBounds(value, s);
            }
            case "boolean" -> {
                return value.isBoolean();
            }
            default -> {
                return !value.isContainerNode();
            }
        }
    }

    static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find(); // ECMA patterns are not anchored
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private static boolean formatted(String format, String text) {
        try {
            return switch (format) {
                case "uuid" -> UUID_TEXT.matcher(text).matches();
                case "date" -> DATE_TEXT.matcher(text).matches() && LocalDate.parse(text) != null;
                case "date-time" -> OffsetDateTime.parse(text) != null;
                default -> true;
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean withinBounds(JsonNode value, JsonNode s) {
        BigDecimal v = value.decimalValue();
        if (s.has("minimum") && v.compareTo(s.get("minimum").decimalValue()) < 0) {
            return false;
        }
        if (s.has("maximum") && v.compareTo(s.get("maximum").decimalValue()) > 0) {
            return false;
        }
        if (s.path("exclusiveMinimum").isNumber()
                && v.compareTo(s.get("exclusiveMinimum").decimalValue()) <= 0) {
            return false;
        }
        if (s.path("exclusiveMaximum").isNumber()
                && v.compareTo(s.get("exclusiveMaximum").decimalValue()) >= 0) {
            return false;
        }
        if (s.has("multipleOf") && s.get("multipleOf").decimalValue().signum() > 0) {
            return v.remainder(s.get("multipleOf").decimalValue()).signum() == 0;
        }
        return true;
    }
}
