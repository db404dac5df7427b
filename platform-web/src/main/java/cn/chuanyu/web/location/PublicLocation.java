package cn.chuanyu.web.location;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds every {@code Location} on the configured public origin ({@code chuanyu.web.public-base-url}, env
 * {@code CHUANYU_WEB_PUBLIC_BASE_URL}): JAX-RS resolves a relative location against the request's {@code Host}, which
 * the client chooses, so a forged {@code Host: evil.example} would otherwise send the client elsewhere.
 */
@Provider
public class PublicLocation implements ContainerResponseFilter {

    private final URI base;

    public PublicLocation(
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080") String base) {
        this.base = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, onPublicOrigin(URI.create(location.toString())));
        }
    }

    /** The path and query of {@code location} on the public origin. */
    URI onPublicOrigin(URI location) {
        String pathAndQuery =
                (location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath())
                        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        return URI.create(base + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
    }
}
