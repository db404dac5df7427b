package cn.chuanyu.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP exchange as a client saw it, for {@link OpenApiResponses}: the request's method and path (with its query),
 * the response's status, {@code Content-Type} (null when none), body (empty when none) and headers.
 */
public record ObservedResponse(
        String method,
        String pathAndQuery,
        int status,
        String contentType,
        String body,
        Map<String, List<String>> headers) {

    public ObservedResponse {
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        body = body == null ? "" : body;
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseless.merge(name, List.copyOf(values), (a, b) -> {
                var all = new ArrayList<>(a);
                all.addAll(b);
                return List.copyOf(all);
            }));
        }
        headers = caseless;
    }

    /** The request's path without its query. */
    public String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** Whether the response carries the header (case-insensitive). */
    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }
}
