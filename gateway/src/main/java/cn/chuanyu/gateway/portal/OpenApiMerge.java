package cn.chuanyu.gateway.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One OpenAPI document out of the services' own: their paths, schemas, security schemes and tags, with the gateway as
 * the server. Schemas that two services name alike but define differently keep the first service's name; the later
 * one's is prefixed with its context (e.g. {@code alliance.Page}) and its references follow. Tags carry their context
 * ({@code alliance: Board}).
 */
final class OpenApiMerge {

    static final String TITLE = "Chuanyu platform API";
    private static final String SCHEMA_REF = "#/components/schemas/";
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
        merged.putObject("info")
                .put("title", TITLE)
                .put("version", "0.1.0")
                .put(
                        "description",
                        "The conference, alliance and training services of the Sichuan–Chongqing "
                                + "programme, as served through the gateway.");
        merged.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        ArrayNode unavailable = nodes.arrayNode();

        for (ServiceDocument service : services) {
            if (service.document().isEmpty()) {
                unavailable.add(service.context());
                continue;
            }
            ObjectNode document = service.document().get().deepCopy();
            ObjectNode own =
                    document.path("components").path("schemas") instanceof ObjectNode o ? o : nodes.objectNode();
            Map<String, String> renamed = clashes(service.context(), own, schemas);
            rewriteRefs(document, renamed);
            own.properties().forEach(s -> schemas.set(renamed.getOrDefault(s.getKey(), s.getKey()), s.getValue()));
            // Only what the gateway routes: a service's other paths are not reachable through it.
            String prefix = "/api/" + service.context();
            document.path("paths").properties().forEach(p -> {
                if (p.getKey().equals(prefix) || p.getKey().startsWith(prefix + "/")) {
                    paths.set(p.getKey(), p.getValue());
                }
            });
            document.path("components")
                    .path("securitySchemes")
                    .properties()
                    .forEach(s -> securitySchemes.putIfAbsent(s.getKey(), s.getValue()));
            contextTags(service.context(), document, paths, prefix).forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        }
        if (!unavailable.isEmpty()) {
            merged.set("x-unavailable", unavailable);
            ObjectNode info = (ObjectNode) merged.get("info");
            info.put(
                    "description",
                    info.get("description").asText() + " Not listed now, their services are not reachable: "
                            + unavailable.valueStream().map(JsonNode::asText).collect(Collectors.joining(", ")) + ".");
        }
        return merged;
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
                            name -> JsonNodeFactory.instance.objectNode().put("name", name)));
                    op.set("tags", renamed);
                }));
        return List.copyOf(tags.values());
    }

    /**
     * The service's schemas that must be renamed: those defined differently by an earlier service, and then, until
     * nothing changes, those that differ only because they refer to a renamed one.
     */
    private static Map<String, String> clashes(String context, ObjectNode own, ObjectNode mergedSoFar) {
        Set<String> clashing = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<String> names = own.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode earlier = mergedSoFar.get(name);
                if (earlier != null && !clashing.contains(name)) {
                    JsonNode candidate = own.get(name).deepCopy();
                    rewriteRefs(candidate, prefixed(context, clashing));
                    if (!earlier.equals(candidate)) {
                        clashing.add(name);
                        changed = true;
                    }
                }
            }
        }
        return prefixed(context, clashing);
    }

    private static Map<String, String> prefixed(String context, Set<String> names) {
        return names.stream().collect(Collectors.toMap(n -> n, n -> context + "." + n));
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String target = ref.asText().substring(SCHEMA_REF.length());
                if (renamed.containsKey(target)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renamed.get(target)));
                }
            }
        }
        node.forEach(child -> rewriteRefs(child, renamed));
    }
}
