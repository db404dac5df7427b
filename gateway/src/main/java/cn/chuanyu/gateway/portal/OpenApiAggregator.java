package cn.chuanyu.gateway.portal;

import cn.chuanyu.gateway.routing.Upstream;
import cn.chuanyu.gateway.routing.UpstreamConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The platform's one OpenAPI document, merged from each service's {@code /q/openapi}. Reused for
 * {@code chuanyu.gateway.openapi-cache-ttl} so that portal readers do not load the services; a service that is down
 * leaves its context out and named under {@code x-unavailable}. Operations that need a token offer the login with
 * Keycloak ({@link KeycloakLogin}).
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);
    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";

    private final List<Upstream> upstreams;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration cacheTtl;
    private final KeycloakLogin login;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    OpenApiAggregator(UpstreamConfig config, Vertx vertx, ObjectMapper json, KeycloakLogin login) {
        this.upstreams = Upstream.all(config);
        this.login = login;
        this.client = vertx.createHttpClient();
        this.json = json;
        this.cacheTtl = config.openapiCacheTtl();
    }

    public Uni<ObjectNode> document() {
        Cached current = cached.get();
        if (current == null || current.expired()) {
            // Concurrent readers of an expired document share one fetch: only one of them installs it.
            Cached fresh = new Cached(
                    fetchAndMerge().memoize().indefinitely(), Instant.now().plus(cacheTtl));
            current = cached.compareAndSet(current, fresh) ? fresh : cached.get();
        }
        return current.document();
    }

    private record Cached(Uni<ObjectNode> document, Instant expiresAt) {
        boolean expired() {
            return Instant.now().isAfter(expiresAt);
        }
    }

    private Uni<ObjectNode> fetchAndMerge() {
        List<Uni<ServiceDocument>> fetches = upstreams.stream().map(this::fetch).toList();
        return Uni.join().all(fetches).andFailFast().map(OpenApiMerge::merge).map(login::addTo);
    }

    private Uni<ServiceDocument> fetch(Upstream upstream) {
        return Uni.createFrom()
                .completionStage(() -> get(upstream, 0).toCompletionStage())
                .map(body -> new ServiceDocument(upstream.context(), Optional.of(parse(body))))
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "OpenAPI document of the %s service unavailable: %s",
                            upstream.context(), failure.toString());
                    return new ServiceDocument(upstream.context(), Optional.empty());
                });
    }

    /** The document from the first instance of the service that gives it (all instances serve the same one). */
    private Future<Buffer> get(Upstream upstream, int instance) {
        Future<Buffer> document = client.request(
                        upstream.request(upstream.instances().get(instance), SERVICE_DOCUMENT)
                                .setMethod(HttpMethod.GET))
                .compose(HttpClientRequest::send)
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("HTTP " + response.statusCode()));
        return instance + 1 < upstream.instances().size()
                ? document.recover(failure -> get(upstream, instance + 1))
                : document;
    }

    private ObjectNode parse(Buffer body) {
        try {
            return (ObjectNode) json.readTree(body.getBytes());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("not a JSON object", e);
        }
    }
}
