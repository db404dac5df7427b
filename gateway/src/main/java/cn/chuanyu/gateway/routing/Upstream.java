package cn.chuanyu.gateway.routing;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One bounded context behind the gateway: requests under {@code /api/<context>/} go to an instance of its service,
 * which may stay silent for at most {@code timeout} (connecting, or between bytes).
 */
public record Upstream(String context, List<URI> instances, Duration timeout) {

    public static List<Upstream> all(UpstreamConfig config) {
        return List.of(
                new Upstream(
                        "conference",
                        config.conferenceUrl(),
                        config.conferenceTimeout().orElse(config.timeout())),
                new Upstream(
                        "alliance",
                        config.allianceUrl(),
                        config.allianceTimeout().orElse(config.timeout())),
                new Upstream(
                        "training",
                        config.trainingUrl(),
                        config.trainingTimeout().orElse(config.timeout())),
                new Upstream(
                        "notifications",
                        config.notificationsUrl(),
                        config.notificationsTimeout().orElse(config.timeout())));
    }

    public String pathPrefix() {
        return "/api/" + context + "/";
    }

    /**
     * A request to one instance of this service for {@code uri} (path and query, sent as they are), bounded by the
     * route's timeout.
     */
    public RequestOptions request(URI instance, String uri) {
        boolean tls = "https".equalsIgnoreCase(instance.getScheme());
        int port = instance.getPort() != -1 ? instance.getPort() : tls ? 443 : 80;
        long timeoutMillis = timeout.toMillis();
        return new RequestOptions()
                .setHost(instance.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(uri)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
    }
}
