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
import cn.chuanyu.gateway.resilience.CircuitBreakers;
import cn.chuanyu.gateway.resilience.ResilientForwarding;
import cn.chuanyu.gateway.resilience.RetryConfig;
import cn.chuanyu.gateway.resilience.RetryPolicy;

/**
 * Mounts one reverse proxy per context on Quarkus's own router, so that Quarkus's authentication
 * (proactive: a bad bearer token is refused before any route runs), metrics and access log apply
 * to proxied requests as to the gateway's own. Path, query, body and the Authorization header
 * travel unchanged: the services check tokens and roles themselves. Each call is bounded by its
 * route's timeout and goes through its upstream's circuit breaker; reads may be retried.
 */
@ApplicationScoped
public class GatewayRoutes {

    /** After Quarkus's authentication and authorization filters (negative orders), before its REST routes. */
    private static final int AFTER_SECURITY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final UpstreamConfig config;
    private final RetryPolicy retries;
    private final CircuitBreakers breakers;
    private final Vertx vertx;
    private final ProblemBody problems;

    GatewayRoutes(UpstreamConfig config, RetryConfig retryConfig, CircuitBreakers breakers, Vertx vertx,
            ProblemBody problems) {
        this.config = config;
        this.retries = new RetryPolicy(retryConfig.maxRetries());
        this.breakers = breakers;
        this.vertx = vertx;
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions(),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
        for (Upstream upstream : Upstream.all(config)) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> context.client().request(upstream.request(context.request().getURI())))
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new UpstreamFailures(upstream, problems))
                    // last: it sends each attempt itself
                    .addInterceptor(new ResilientForwarding(breakers.of(upstream.context()), retries));
            router.route(upstream.pathPrefix() + "*").order(AFTER_SECURITY).handler(rc -> proxy.handle(rc.request()));
        }
    }
}
