package cn.chuanyu.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

import cn.chuanyu.gateway.ProblemBody;

/**
 * Mounts one reverse proxy per context on Quarkus's own router, so that Quarkus's authentication
 * (proactive: a bad bearer token is refused before any route runs), metrics and access log apply
 * to proxied requests as to the gateway's own. Path, query, body and the Authorization header
 * travel unchanged: the services check tokens and roles themselves.
 */
@ApplicationScoped
public class GatewayRoutes {

    /** After Quarkus's authentication and authorization filters (negative orders), before its REST routes. */
    private static final int AFTER_SECURITY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final UpstreamConfig config;
    private final Vertx vertx;
    private final ProblemBody problems;

    GatewayRoutes(UpstreamConfig config, Vertx vertx, ProblemBody problems) {
        this.config = config;
        this.vertx = vertx;
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions(),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
        long timeoutMillis = config.timeout().toMillis();
        for (Upstream upstream : Upstream.all(config)) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> context.client().request(upstream.request(context.request().getURI())
                            .setConnectTimeout(timeoutMillis)
                            .setIdleTimeout(timeoutMillis)))
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new UpstreamFailures(upstream, config.timeout(), problems));
            router.route(upstream.pathPrefix() + "*").order(AFTER_SECURITY).handler(rc -> proxy.handle(rc.request()));
        }
    }
}
