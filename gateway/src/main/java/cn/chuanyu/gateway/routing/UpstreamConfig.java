package cn.chuanyu.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the gateway finds the services, e.g. {@code CHUANYU_GATEWAY_CONFERENCE_URL=http://conference-service:8081}, or
 * several instances comma-separated ({@code http://10.0.0.5:8081,http://10.0.0.6:8081}), which the gateway takes in
 * turn, leaving out one that stops answering. Only scheme, host and port of a URL are used: every service serves
 * {@code /api/<context>/...} itself.
 */
@ConfigMapping(prefix = "chuanyu.gateway")
public interface UpstreamConfig {

    @WithDefault("http://127.0.0.1:8081")
    List<URI> conferenceUrl();

    @WithDefault("http://127.0.0.1:8082")
    List<URI> allianceUrl();

    @WithDefault("http://127.0.0.1:8083")
    List<URI> trainingUrl();

    @WithDefault("http://127.0.0.1:8084")
    List<URI> notificationsUrl();

    /**
     * How long an upstream may stay silent (connecting, or between bytes) before the client gets a 504, unless its
     * route has a timeout of its own.
     */
    @WithDefault("30s")
    Duration timeout();

    /** The conference route's own timeout, e.g. {@code CHUANYU_GATEWAY_CONFERENCE_TIMEOUT=10s}. */
    Optional<Duration> conferenceTimeout();

    Optional<Duration> allianceTimeout();

    Optional<Duration> trainingTimeout();

    Optional<Duration> notificationsTimeout();

    /**
     * Connections kept per upstream, shared out evenly among the event loops (each has its own pool, see
     * {@code UpstreamClients}); Vert.x's default of 5 would queue requests behind a few slow ones.
     */
    @WithDefault("50")
    int maxConnectionsPerUpstream();

    /** How long the aggregated OpenAPI document is reused before the services are asked again. */
    @WithDefault("30s")
    Duration openapiCacheTtl();
}
