package cn.chuanyu.gateway.portal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plain HTML list of the merged document's operations, rendered here so that it works without
 * any script or CDN; tools that want more load {@code /openapi}.
 */
final class PortalPage {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private PortalPage() {
    }

    static String render(ObjectNode document) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .8em;text-align:left}
                code{font-size:1.05em}</style></head><body>
                <h1>%1$s</h1>
                <p>OpenAPI document: <a href="openapi">openapi</a>. Authenticated operations need
                <code>Authorization: Bearer &lt;token&gt;</code> from the platform's Keycloak.</p>
                """.formatted(escape(OpenApiMerge.TITLE)));
        JsonNode unavailable = document.path("x-unavailable");
        if (!unavailable.isEmpty()) {
            html.append("<p><strong>Not listed, their services are not reachable now:</strong> ");
            unavailable.forEach(context -> html.append(escape(context.asText())).append(' '));
            html.append("</p>\n");
        }
        html.append("<table><tr><th>Method</th><th>Path</th><th>Summary</th></tr>\n");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            path.getValue().properties().forEach(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    html.append("<tr><td>").append(operation.getKey().toUpperCase(Locale.ROOT))
                            .append("</td><td><code>").append(escape(path.getKey()))
                            .append("</code></td><td>").append(escape(operation.getValue().path("summary").asText()))
                            .append("</td></tr>\n");
                }
            });
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
