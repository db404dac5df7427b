package cn.chuanyu.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
}
