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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What every service's OpenAPI document must hold, because frontend teams generate their clients from it: every
 * operation says what it answers on success (with the body's schema, none for 204), success is never offered as a
 * problem, errors are RFC 9457 {@code Problem}s, and secured operations name a defined security scheme and document 401
 * and 403.
 */
public final class OpenApiDocumentRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    private OpenApiDocumentRules() {}

    /**
     * The faults of the document (its JSON text: this class lives outside Quarkus's test class loader), one line per
     * fault naming the operation; empty when it is right.
     */
    public static List<String> faults(String documentJson) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(documentJson);
        } catch (JsonProcessingException e) {
            return List.of("the document is not JSON: " + e.getOriginalMessage());
        }
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations++;
                    String name = entry.getKey().toUpperCase() + " " + path.getKey();
                    faults.addAll(faults(name, entry.getValue()));
                    entry.getValue()
                            .path("security")
                            .forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
                                if (document.path("components")
                                        .path("securitySchemes")
                                        .path(scheme)
                                        .isMissingNode()) {
                                    faults.add(name + ": requires the undefined security scheme " + scheme);
                                }
                            }));
                }
            }
        }
        if (operations == 0) {
            faults.add("the document lists no operation");
        }
        if (!"object".equals(document.at("/components/schemas/Problem/type").asText())) {
            faults.add("no Problem schema among the components");
        }
        return faults;
    }

    /**
     * The faults of the document against the contract a frontend team generates its client from (issue 15), one line
     * per fault naming the schema, parameter or operation; empty when it holds:
     *
     * <ul>
     *   <li>every object schema a response uses lists all its properties as {@code required} (Jackson writes every
     *       property; nullable ones say so in their type), except the Problem's optional members;
     *   <li>every property of every component schema and every parameter has a description (a {@code $ref} property
     *       carries it next to the {@code $ref});
     *   <li>every enum has {@code x-enum-labels} with a "zh-CN" and an "en" label for each value;
     *   <li>in request bodies, every free string (not an enum, uuid, date or time) has {@code maxLength} and every
     *       array {@code maxItems}; every request body is {@code required};
     *   <li>no object schema serves both a request body and a response (a client would think it can send what it
     *       reads);
     *   <li>every operation states its {@code security} ({@code []} when public); the document has a licence and
     *       servers;
     *   <li>every example (of a schema, a media type or a parameter) validates against its schema (JSON Schema 2020-12,
     *       formats asserted).
     * </ul>
     */
    public static List<String> contractFaults(String documentJson) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(documentJson);
        } catch (JsonProcessingException e) {
            return List.of("the document is not JSON: " + e.getOriginalMessage());
        }
        return new Contract(document).faults();
    }

    private static List<String> faults(String name, JsonNode operation) {
        List<String> faults = new ArrayList<>();
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (var response : responses.properties()) {
            String code = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (code.startsWith("2")) {
                success = true;
                if (code.equals("204") != content.isEmpty()) {
                    faults.add(name + ": " + code + (content.isEmpty() ? " without a body schema" : " with a body"));
                }
                for (var media : content.properties()) {
                    JsonNode schema = media.getValue().path("schema");
                    if (!schema.has("$ref") && !schema.has("type")) {
                        faults.add(name + ": " + code + " " + media.getKey() + " without a schema");
                    }
                    if (media.getKey().equals(PROBLEM)) {
                        faults.add(name + ": " + code + " offered as a problem");
                    }
                }
            } else if (code.startsWith("4") || code.startsWith("5")) {
                JsonNode schema = content.path(PROBLEM).path("schema");
                if (content.size() != 1 || !schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                    faults.add(name + ": " + code + " is not an application/problem+json Problem");
                }
            }
        }
        if (!success) {
            faults.add(name + ": no 2xx response");
        }
        if (!operation.path("security").isEmpty() && !(responses.has("401") && responses.has("403"))) {
            faults.add(name + ": secured but 401 or 403 undocumented");
        }
        return faults;
    }

    /** The checks of {@link #contractFaults}: one pass over the document's operations and schemas. */
    private static final class Contract {

        private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
        /** Strings the strict JSON reader parses into bounded values: no maxLength needed. */
        private static final Set<String> PARSED_FORMATS = Set.of("uuid", "date", "date-time", "time", "local-time");

        /**
         * The problem's optional RFC 9457 members ({@code instance}, {@code errors}) are left out when empty, and its
         * schema says so: the one response schema whose {@code required} is not all its properties.
         */
        private static final Set<String> SPARSE_RESPONSES = Set.of("Problem");

        /** One per document: the registry caches what it compiled, and another document's schemas must not leak in. */
        private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));

        private final JsonNode document;
        private final List<String> faults = new ArrayList<>();
        /** Schemas reachable from request bodies and from responses, by identity, with a readable name. */
        private final Map<JsonNode, String> requests = new IdentityHashMap<>();

        private final Map<JsonNode, String> responses = new IdentityHashMap<>();
        private final Map<JsonNode, Schema> validators = new IdentityHashMap<>();

        Contract(JsonNode document) {
            this.document = document;
        }

        List<String> faults() {
            if (document.at("/info/license/name").asText().isBlank()) {
                faults.add("the document has no info.license");
            }
            if (document.path("servers").isEmpty()) {
                faults.add("the document has no servers");
            }
            for (var path : document.path("paths").properties()) {
                for (JsonNode parameter : path.getValue().path("parameters")) {
                    parameter(path.getKey(), parameter);
                }
                for (var entry : path.getValue().properties()) {
                    if (METHODS.contains(entry.getKey())) {
                        operation(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue());
                    }
                }
            }
            responses.forEach((schema, name) -> {
                List<String> notRequired = new ArrayList<>();
                schema.path("properties").fieldNames().forEachRemaining(property -> {
                    if (!texts(schema.path("required")).contains(property)) {
                        notRequired.add(property);
                    }
                });
                if (!notRequired.isEmpty() && !SPARSE_RESPONSES.contains(name)) {
                    faults.add("response schema " + name + ": properties not required: " + notRequired);
                }
                if (requests.containsKey(schema) && !schema.path("properties").isEmpty()) {
                    faults.add("schema " + name + " is used by a request body and by a response: split it");
                }
            });
            requests.forEach(this::bounded);
            for (var component : document.path("components").path("schemas").properties()) {
                described(component.getKey(), component.getValue());
            }
            forEachSchema((name, schema) -> {
                labelled(name, schema);
                exampleFaults(name, schema, schema.path("example"), schema.path("examples"), false);
            });
            return faults;
        }

        private void operation(String name, JsonNode operation) {
            if (!operation.path("security").isArray()) {
                faults.add(name + ": no security (say [] when it is public)");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                parameter(name, parameter);
            }
            JsonNode body = operation.path("requestBody");
            if (!body.isMissingNode()) {
                if (!body.path("required").asBoolean(false)) {
                    faults.add(name + ": the request body is not required");
                }
                for (var media : body.path("content").properties()) {
                    reach(media.getValue().path("schema"), name + " request body", requests);
                    mediaExamples(name + " request body " + media.getKey(), media.getValue());
                }
            }
            for (var response : operation.path("responses").properties()) {
                for (var media : response.getValue().path("content").properties()) {
                    reach(media.getValue().path("schema"), name + " " + response.getKey(), responses);
                    mediaExamples(name + " " + response.getKey() + " " + media.getKey(), media.getValue());
                }
            }
        }

        private void parameter(String where, JsonNode parameter) {
            JsonNode resolved = resolve(parameter);
            String name = where + ": parameter " + resolved.path("name").asText();
            if (resolved.path("description").asText().isBlank()) {
                faults.add(name + " has no description");
            }
            exampleFaults(name, resolved.path("schema"), resolved.path("example"), resolved.path("examples"), true);
        }

        private void mediaExamples(String name, JsonNode media) {
            exampleFaults(name, media.path("schema"), media.path("example"), media.path("examples"), true);
        }

        /** Walks a body's schema through $ref, properties, items and compositions, naming each schema met. */
        private void reach(JsonNode schema, String name, Map<JsonNode, String> found) {
            if (!schema.isObject()) {
                return;
            }
            String ref = schema.path("$ref").asText();
            if (ref.startsWith(COMPONENT_SCHEMAS)) {
                String component = ref.substring(COMPONENT_SCHEMAS.length());
                JsonNode target = document.path("components").path("schemas").path(component);
                if (target.isObject() && !found.containsKey(target)) {
                    found.put(target, component);
                    reachInside(target, component, found);
                }
            }
            if (!found.containsKey(schema)) {
                found.put(schema, name);
                reachInside(schema, name, found);
            }
        }

        private void reachInside(JsonNode schema, String name, Map<JsonNode, String> found) {
            for (var property : schema.path("properties").properties()) {
                reach(property.getValue(), name + "." + property.getKey(), found);
            }
            reach(schema.path("items"), name + "[]", found);
            reach(schema.path("additionalProperties"), name + "{}", found);
            for (String composition : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
                for (JsonNode member : schema.path(composition)) {
                    reach(member, name, found);
                }
            }
        }

        /** Request strings and arrays are bounded: what the service stores has a documented maximum. */
        private void bounded(JsonNode schema, String name) {
            Set<String> types = types(schema);
            if (types.contains("string")
                    && !schema.has("enum")
                    && !schema.has("const")
                    && !PARSED_FORMATS.contains(schema.path("format").asText())
                    && !schema.has("maxLength")) {
                faults.add("request schema " + name + ": a string without maxLength");
            }
            if (types.contains("array") && !schema.has("maxItems")) {
                faults.add("request schema " + name + ": an array without maxItems");
            }
        }

        /** Every property of a component, and of the objects it nests inline, says what it is. */
        private void described(String name, JsonNode schema) {
            if (!schema.isObject()) {
                return;
            }
            for (var property : schema.path("properties").properties()) {
                String propertyName = name + "." + property.getKey();
                if (property.getValue().path("description").asText().isBlank()) {
                    faults.add("schema property " + propertyName + " has no description");
                }
                described(propertyName, property.getValue());
            }
            described(name + "[]", schema.path("items"));
            for (String composition : List.of("allOf", "anyOf", "oneOf")) {
                for (JsonNode member : schema.path(composition)) {
                    described(name, member);
                }
            }
        }

        private void labelled(String name, JsonNode schema) {
            if (!schema.path("enum").isArray()) {
                return;
            }
            JsonNode labels = schema.path("x-enum-labels");
            for (String language : List.of("zh-CN", "en")) {
                List<String> unlabelled = new ArrayList<>();
                for (JsonNode value : schema.path("enum")) {
                    if (!value.isNull()
                            && labels.path(language)
                                    .path(value.asText())
                                    .asText()
                                    .isBlank()) {
                        unlabelled.add(value.asText());
                    }
                }
                if (!unlabelled.isEmpty()) {
                    faults.add("enum " + name + ": no x-enum-labels " + language + " for " + unlabelled);
                }
            }
        }

        /** {@code examples} is a list in a schema, a map of example objects in a media type or a parameter. */
        private void exampleFaults(String name, JsonNode schema, JsonNode example, JsonNode examples, boolean named) {
            List<JsonNode> values = new ArrayList<>();
            if (!example.isMissingNode()) {
                values.add(example);
            }
            if (named) {
                examples.forEach(e -> {
                    if (e.has("value")) {
                        values.add(e.get("value"));
                    }
                });
            } else if (examples.isArray()) {
                examples.forEach(values::add);
            }
            if (values.isEmpty() || !schema.isObject()) {
                return;
            }
            Schema validator = validators.computeIfAbsent(schema, this::validator);
            for (JsonNode value : values) {
                for (Error error : validator.validate(value.toString(), InputFormat.JSON)) {
                    faults.add(name + ": example " + abbreviated(value) + " does not validate: " + error);
                }
            }
        }

        /** The schema as a document of its own, with the components its {@code $ref}s point into. */
        private Schema validator(JsonNode schema) {
            ObjectNode root = ((ObjectNode) schema).deepCopy();
            root.remove(List.of("example", "examples"));
            root.set("components", document.path("components"));
            return registry.getSchema(root.toString(), InputFormat.JSON);
        }

        /** Calls {@code action} with every schema of the document: components, parameters, bodies, headers. */
        private void forEachSchema(BiConsumer<String, JsonNode> action) {
            for (var component : document.path("components").path("schemas").properties()) {
                eachSchemaIn(component.getKey(), component.getValue(), action);
            }
            for (var path : document.path("paths").properties()) {
                for (var entry : path.getValue().properties()) {
                    String name = entry.getKey() + " " + path.getKey();
                    List<JsonNode> parameters = new ArrayList<>();
                    entry.getValue().path("parameters").forEach(parameters::add);
                    if (entry.getKey().equals("parameters")) {
                        entry.getValue().forEach(parameters::add);
                    }
                    for (JsonNode parameter : parameters) {
                        eachSchemaIn(name + " parameter", resolve(parameter).path("schema"), action);
                    }
                    for (var media :
                            entry.getValue().path("requestBody").path("content").properties()) {
                        eachSchemaIn(name + " request body", media.getValue().path("schema"), action);
                    }
                    for (var response : entry.getValue().path("responses").properties()) {
                        for (var media : response.getValue().path("content").properties()) {
                            eachSchemaIn(
                                    name + " " + response.getKey(),
                                    media.getValue().path("schema"),
                                    action);
                        }
                        for (var header : response.getValue().path("headers").properties()) {
                            eachSchemaIn(
                                    name + " " + header.getKey(),
                                    header.getValue().path("schema"),
                                    action);
                        }
                    }
                }
            }
        }

        private static void eachSchemaIn(String name, JsonNode schema, BiConsumer<String, JsonNode> action) {
            if (!schema.isObject()) {
                return;
            }
            action.accept(name, schema);
            for (var property : schema.path("properties").properties()) {
                eachSchemaIn(name + "." + property.getKey(), property.getValue(), action);
            }
            eachSchemaIn(name + "[]", schema.path("items"), action);
            eachSchemaIn(name + "{}", schema.path("additionalProperties"), action);
            for (String composition : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
                for (JsonNode member : schema.path(composition)) {
                    eachSchemaIn(name, member, action);
                }
            }
        }

        private JsonNode resolve(JsonNode maybeRef) {
            String ref = maybeRef.path("$ref").asText();
            return ref.startsWith("#/") ? document.at(ref.substring(1)) : maybeRef;
        }

        private static Set<String> types(JsonNode schema) {
            JsonNode type = schema.path("type");
            return type.isArray() ? Set.copyOf(texts(type)) : type.isTextual() ? Set.of(type.asText()) : Set.of();
        }

        private static List<String> texts(JsonNode array) {
            List<String> texts = new ArrayList<>();
            array.forEach(t -> texts.add(t.asText()));
            return texts;
        }

        private static String abbreviated(JsonNode value) {
            String text = value.toString();
            return text.length() > 80 ? text.substring(0, 77) + "..." : text;
        }
    }
}
