package cn.chuanyu.gateway.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One OpenAPI document out of the services' own: their paths, components, security schemes and tags, with the gateway
 * as the server. A component (schema, response, parameter, example...) that two services name alike but define
 * differently keeps the first service's name; the later one's is prefixed with its context (e.g. {@code alliance.Page})
 * and its references follow, in {@code $ref}s and discriminator mappings; a component that differs only because it
 * refers to a renamed one is renamed too. Security schemes and operation ids that clash are renamed the same way. A
 * service's document-wide {@code security} is copied onto each of its operations that has none of its own, so that
 * nothing becomes public in the merge, and an operation's own {@code security: []} (public) is kept. Tags carry their
 * context ({@code alliance: Board}).
 */
final class OpenApiMerge {

    static final String TITLE = "Chuanyu platform API";
    static final String LICENSE = "Apache-2.0";
    private static final String COMPONENTS = "#/components/";
    /** The component sections that {@code $ref}s point into (OpenAPI 3.1 §4.8.7), security schemes aside. */
    private static final List<String> SECTIONS = List.of(
            "schemas",
            "responses",
            "parameters",
            "examples",
            "requestBodies",
            "headers",
            "links",
            "callbacks",
            "pathItems");

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private OpenApiMerge() {}

    static ObjectNode merge(List<ServiceDocument> services) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode merged = nodes.objectNode();
        merged.put(
                "openapi",
                services.stream()
                        .flatMap(s -> s.document().stream())
                        .map(d -> d.path("openapi").asText("3.1.0"))
                        .findFirst()
                        .orElse("3.1.0"));
        ObjectNode info = merged.putObject("info")
                .put("title", TITLE)
                .put("version", "0.1.0")
                .put(
                        "description",
                        "The conference, alliance, training and notification services of the Sichuan–Chongqing "
                                + "programme, as served through the gateway.");
        info.putObject("license").put("name", LICENSE).put("identifier", LICENSE);
        merged.putArray("servers")
                .addObject()
                .put("url", "/")
                .put("description", "The gateway that serves this document");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        for (String section : SECTIONS) {
            components.putObject(section);
        }
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        Set<String> operationIds = new HashSet<>();
        ArrayNode unavailable = nodes.arrayNode();

        for (ServiceDocument service : services) {
            if (service.document().isEmpty()) {
                unavailable.add(service.context());
                continue;
            }
            String context = service.context();
            ObjectNode document = service.document().get().deepCopy();
            String prefix = "/api/" + context;
            // Only what the gateway routes: a service's other paths are not reachable through it.
            ObjectNode routed = nodes.objectNode();
            document.path("paths").properties().forEach(p -> {
                if (p.getKey().equals(prefix) || p.getKey().startsWith(prefix + "/")) {
                    routed.set(p.getKey(), p.getValue());
                }
            });
            document.set("paths", routed);
            securityOnEveryOperation(document);
            edgeAnswers(document);
            renameClashingSecuritySchemes(context, document, securitySchemes);
            renameClashingOperationIds(context, document, operationIds);
            Map<String, String> renamed = clashes(context, document.path("components"), components);
            rewriteRefs(document, renamed);
            for (String section : SECTIONS) {
                ObjectNode target = (ObjectNode) components.get(section);
                document.path("components").path(section).properties().forEach(c -> {
                    String ref = COMPONENTS + section + "/" + c.getKey();
                    String name = renamed.getOrDefault(ref, ref).substring((COMPONENTS + section + "/").length());
                    target.set(name, c.getValue());
                });
            }
            document.path("components")
                    .path("securitySchemes")
                    .properties()
                    .forEach(s -> securitySchemes.putIfAbsent(s.getKey(), s.getValue()));
            routed.properties().forEach(p -> paths.set(p.getKey(), p.getValue()));
            contextTags(context, document, paths, prefix).forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        }
        for (String section : SECTIONS) {
            if (components.get(section).isEmpty()) {
                components.remove(section);
            }
        }
        if (!unavailable.isEmpty()) {
            merged.set("x-unavailable", unavailable);
            info.put(
                    "description",
                    info.get("description").asText() + " Not listed now, their services are not reachable: "
                            + unavailable.valueStream().map(JsonNode::asText).collect(Collectors.joining(", ")) + ".");
        }
        return merged;
    }

    /** The operations of the document's (routed) paths. */
    private static List<ObjectNode> operations(ObjectNode document) {
        List<ObjectNode> operations = new ArrayList<>();
        document.path("paths")
                .forEach(path -> path.properties().forEach(entry -> {
                    if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                        operations.add(operation);
                    }
                }));
        return operations;
    }

    /**
     * The merged document has no document-wide {@code security}: a service's own applies to its operations without one,
     * so it is written on each of them. An operation's {@code security: []} (public) stays as it is.
     */
    private static void securityOnEveryOperation(ObjectNode document) {
        JsonNode documentWide = document.remove("security");
        if (!(documentWide instanceof ArrayNode requirements) || requirements.isEmpty()) {
            return;
        }
        for (ObjectNode operation : operations(document)) {
            if (!operation.has("security")) {
                operation.set("security", requirements.deepCopy());
            }
        }
    }

    /**
     * What the gateway itself may answer on any routed operation, besides the service's own answers: 413 for a body
     * over its limit, 429 when the client's rate is exceeded, 503 while the service's circuit is open, 502 when the
     * service cannot be reached and 504 when it does not answer in time. Problems like the service's own (the schema of
     * the operation's 500), so a client's generated types cover them.
     */
    private static void edgeAnswers(ObjectNode document) {
        for (ObjectNode operation : operations(document)) {
            if (!(operation.path("responses") instanceof ObjectNode responses)
                    || !(responses.path("500").path("content") instanceof ObjectNode problem)) {
                continue;
            }
            if (operation.has("requestBody")) {
                edgeAnswer(
                        responses, "413", "The body is larger than the gateway accepts; nothing was changed", problem);
            }
            edgeAnswer(responses, "429", "Too many requests from this client; retry after the seconds given", problem)
                    .ifPresent(answer -> answer.set("headers", retryAfter()));
            edgeAnswer(
                            responses,
                            "503",
                            "The service is unavailable; nothing was changed. Retry after the seconds given",
                            problem)
                    .ifPresent(answer -> answer.set("headers", retryAfter()));
            edgeAnswer(responses, "502", "The gateway could not reach the service; retry later", problem);
            edgeAnswer(responses, "504", "The service did not answer in time; the change may have been made", problem);
        }
    }

    /** Adds the answer unless the service documents that status itself (its own description and headers stay). */
    private static Optional<ObjectNode> edgeAnswer(
            ObjectNode responses, String status, String description, ObjectNode problem) {
        if (responses.has(status)) {
            return Optional.empty();
        }
        ObjectNode answer = responses.putObject(status).put("description", description);
        answer.set("content", problem.deepCopy());
        return Optional.of(answer);
    }

    private static ObjectNode retryAfter() {
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        ObjectNode header = headers.putObject("Retry-After")
                .put("description", "seconds to wait before retrying")
                .put("required", true);
        header.putObject("schema").put("type", "integer").put("minimum", 0);
        return headers;
    }

    /** A security scheme defined differently by an earlier service gets the context's prefix, its requirements too. */
    private static void renameClashingSecuritySchemes(String context, ObjectNode document, ObjectNode mergedSoFar) {
        if (!(document.path("components").path("securitySchemes") instanceof ObjectNode own)) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        own.properties().forEach(s -> {
            JsonNode earlier = mergedSoFar.get(s.getKey());
            if (earlier != null && !earlier.equals(s.getValue())) {
                renamed.put(s.getKey(), context + "." + s.getKey());
            }
        });
        if (renamed.isEmpty()) {
            return;
        }
        renamed.forEach((from, to) -> own.set(to, own.remove(from)));
        for (ObjectNode operation : operations(document)) {
            operation.path("security").forEach(requirement -> {
                if (requirement instanceof ObjectNode names) {
                    renamed.forEach((from, to) -> {
                        if (names.has(from)) {
                            names.set(to, names.remove(from));
                        }
                    });
                }
            });
        }
    }

    /** Operation ids are unique in the merged document: a later service's clashing one gets its context's prefix. */
    private static void renameClashingOperationIds(String context, ObjectNode document, Set<String> seen) {
        for (ObjectNode operation : operations(document)) {
            JsonNode id = operation.get("operationId");
            if (id != null && id.isTextual() && !seen.add(id.asText())) {
                String unique = context + "." + id.asText();
                operation.put("operationId", unique);
                seen.add(unique);
            }
        }
    }

    /**
     * The service's tags named after its context ({@code conference: Papers}), on its routed operations too, so that
     * the portal groups operations by context and two services' like-named tags stay apart. An operation without a tag
     * gets the context's name.
     */
    private static List<ObjectNode> contextTags(String context, ObjectNode document, ObjectNode paths, String prefix) {
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        document.path("tags").forEach(tag -> {
            if (tag instanceof ObjectNode declared && declared.hasNonNull("name")) {
                ObjectNode renamed = declared.deepCopy()
                        .put("name", context + ": " + declared.get("name").asText());
                tags.putIfAbsent(renamed.get("name").asText(), renamed);
            }
        });
        paths.properties().stream()
                .filter(p -> p.getKey().equals(prefix) || p.getKey().startsWith(prefix + "/"))
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    if (!METHODS.contains(entry.getKey()) || !(entry.getValue() instanceof ObjectNode op)) {
                        return;
                    }
                    ArrayNode renamed = JsonNodeFactory.instance.arrayNode();
                    op.path("tags").forEach(tag -> renamed.add(context + ": " + tag.asText()));
                    if (renamed.isEmpty()) {
                        renamed.add(context);
                    }
                    renamed.forEach(tag -> tags.computeIfAbsent(
                            tag.asText(),
                            name -> JsonNodeFactory.instance
                                    .objectNode()
                                    .put("name", name)
                                    .put(
                                            "description",
                                            name.equals(context)
                                                    ? "Operations of the " + context + " service"
                                                    : name)));
                    op.set("tags", renamed);
                }));
        return List.copyOf(tags.values());
    }

    /**
     * The service's components that must be renamed, as references ({@code #/components/schemas/Page} to
     * {@code #/components/schemas/alliance.Page}): those defined differently by an earlier service, and then, until
     * nothing changes, those that differ only because they refer to a renamed one.
     */
    private static Map<String, String> clashes(String context, JsonNode own, ObjectNode mergedSoFar) {
        Map<String, String> renamed = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String section : SECTIONS) {
                for (Map.Entry<String, JsonNode> component : own.path(section).properties()) {
                    String ref = COMPONENTS + section + "/" + component.getKey();
                    JsonNode earlier = mergedSoFar.path(section).get(component.getKey());
                    if (earlier != null && !renamed.containsKey(ref)) {
                        JsonNode candidate = component.getValue().deepCopy();
                        rewriteRefs(candidate, renamed);
                        if (!earlier.equals(candidate)) {
                            renamed.put(ref, COMPONENTS + section + "/" + context + "." + component.getKey());
                            changed = true;
                        }
                    }
                }
            }
        }
        return renamed;
    }

    /** Rewrites {@code $ref}s and discriminator mappings that point at a renamed component. */
    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.put("$ref", renamed.get(ref.asText()));
            }
            if (object.path("mapping") instanceof ObjectNode mapping && object.has("propertyName")) {
                mapping.properties().forEach(m -> {
                    if (m.getValue().isTextual()
                            && renamed.containsKey(m.getValue().asText())) {
                        m.setValue(TextNode.valueOf(renamed.get(m.getValue().asText())));
                    }
                });
            }
        }
        node.forEach(child -> rewriteRefs(child, renamed));
    }
}
