package cn.chuanyu.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A write operation ready to be called: the identity that may call it (empty for a public one), real values for its
 * path parameters (ids of the demo data, so that the only thing wrong with a request is what a try breaks) and a body
 * its schema accepts (the schema's example where it has one).
 */
record Target(
        ApiDocument.Operation operation,
        String role,
        String token,
        Map<String, String> pathValues,
        Map<String, String> queryValues,
        JsonNode baseBody) {

    String key() {
        return operation.key();
    }

    String method() {
        return operation.method();
    }

    /** The path with the real values, except {@code overrides} (raw values, percent-encoded here). */
    String path(Map<String, String> overrides, Map<String, String> queryOverrides) {
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            String raw = overrides.getOrDefault(value.getKey(), value.getValue());
            path = path.replace("{" + value.getKey() + "}", encode(raw));
        }
        Map<String, String> query = new LinkedHashMap<>(queryValues);
        query.putAll(queryOverrides);
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder withQuery = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            withQuery
                    .append(separator)
                    .append(encode(parameter.getKey()))
                    .append('=')
                    .append(encode(parameter.getValue()));
            separator = '&';
        }
        return withQuery.toString();
    }

    String path() {
        return path(Map.of(), Map.of());
    }

    static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    List<ApiDocument.Parameter> parameters(String in) {
        return operation.parameters(in);
    }

    @Override
    public String toString() {
        return key() + (role == null ? " (no token)" : " as " + role);
    }
}
