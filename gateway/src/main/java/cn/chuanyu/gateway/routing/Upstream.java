package cn.chuanyu.gateway.routing;

import java.net.URI;
import java.util.List;

import io.vertx.core.http.RequestOptions;

/** One bounded context behind the gateway: requests under {@code /api/<context>/} go to its service. */
public record Upstream(String context, URI baseUrl) {

    public static List<Upstream> all(UpstreamConfig config) {
        return List.of(
                new Upstream("conference", config.conferenceUrl()),
                new Upstream("alliance", config.allianceUrl()),
                new Upstream("training", config.trainingUrl()));
    }

    public String pathPrefix() {
        return "/api/" + context + "/";
    }

    /** A request to this service for {@code uri} (path and query, sent as they are). */
    public RequestOptions request(String uri) {
        boolean tls = "https".equalsIgnoreCase(baseUrl.getScheme());
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : tls ? 443 : 80;
        return new RequestOptions().setHost(baseUrl.getHost()).setPort(port).setSsl(tls).setURI(uri);
    }
}
