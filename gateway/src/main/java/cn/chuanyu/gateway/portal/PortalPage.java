package cn.chuanyu.gateway.portal;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The API portal: Swagger UI on the merged document ({@code /openapi}), its files and the OAuth2 redirect page served
 * by the gateway under {@value #ASSETS} (no CDN). The page holds no script of its own, only data attributes that
 * {@code portal/portal.js} reads, so that its Content-Security-Policy can forbid inline scripts: scripts, styles and
 * images from the gateway only, and calls to the gateway and the realm's token endpoint.
 */
@ApplicationScoped
public class PortalPage {

    /** Where Swagger UI's files, the portal's script and {@code oauth2-redirect.html} are. */
    public static final String ASSETS = "/portal/";

    private final String html;
    private final String contentSecurityPolicy;

    PortalPage(KeycloakLogin login) {
        this.html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title>
                <link rel="stylesheet" href="portal/swagger-ui.css">
                <link rel="stylesheet" href="portal/portal.css">
                <link rel="icon" type="image/png" href="portal/favicon-32x32.png" sizes="32x32">
                <link rel="icon" type="image/png" href="portal/favicon-16x16.png" sizes="16x16">
                </head><body>
                <div id="swagger-ui" data-openapi="openapi" data-oauth2-redirect="portal/oauth2-redirect.html"
                     data-client-id="%2$s"></div>
                <noscript><h1>%1$s</h1><p>The portal needs JavaScript. The OpenAPI document of all three
                services: <a href="openapi">openapi</a>.</p></noscript>
                <script src="portal/swagger-ui-bundle.js"></script>
                <script src="portal/portal.js"></script>
                </body></html>
                """.formatted(escape(OpenApiMerge.TITLE), escape(login.clientId()));
        // style-src 'self' only: Swagger UI styles its elements through the DOM, which CSP does not restrict;
        // img-src data: for the icons inlined in swagger-ui.css
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + login.origin()
                + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    /** The page at {@code /}. */
    String html() {
        return html;
    }

    /** Whether the gateway answers {@code path} with the portal (its page or its files), not the API. */
    public boolean serves(String path) {
        return "/".equals(path) || path.startsWith(ASSETS);
    }

    /** The policy of the portal's pages: the API's own stays as strict as configured. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
