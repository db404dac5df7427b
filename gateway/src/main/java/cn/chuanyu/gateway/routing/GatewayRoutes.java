package cn.chuanyu.gateway.routing;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.ProblemBody;
import cn.chuanyu.gateway.limits.BodySizeLimit;
import cn.chuanyu.gateway.resilience.CircuitBreakers;
import cn.chuanyu.gateway.resilience.LoadBalancer;
import cn.chuanyu.gateway.resilience.ResilientForwarding;
import cn.chuanyu.gateway.resilience.RetryConfig;
import cn.chuanyu.gateway.resilience.RetryPolicy;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Mounts one reverse proxy per context on Quarkus's own router, so that Quarkus's authentication (proactive: a bad
 * bearer token is refused before any route runs), metrics and access log apply to proxied requests as to the gateway's
 * own. Path, query, body and the Authorization header travel unchanged: the services check tokens and roles themselves.
 * Each call goes to an instance of its service in turn, is bounded by its route's timeout and goes through that
 * instance's circuit breaker; reads may be retried, and any call an instance refused goes to another; a body streamed
 * without a Content-Length is cut off at the size limit.
 */
@ApplicationScoped
public class GatewayRoutes {

    private final UpstreamConfig config;
    private final RetryPolicy retries;
    private final CircuitBreakers breakers;
    private final BodySizeLimit bodySizeLimit;
    private final Vertx vertx;
    private final ProblemBody problems;

    GatewayRoutes(
            UpstreamConfig config,
            RetryConfig retryConfig,
            CircuitBreakers breakers,
            BodySizeLimit bodySizeLimit,
            Vertx vertx,
            ProblemBody problems) {
        this.config = config;
        this.retries = new RetryPolicy(retryConfig.maxRetries());
        this.breakers = breakers;
        this.bodySizeLimit = bodySizeLimit;
        this.vertx = vertx;
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        // the service is called from the event loop that handles the client's request (UpstreamClients)
        UpstreamClients clients = new UpstreamClients(vertx, config.maxConnectionsPerUpstream());
        for (Upstream upstream : Upstream.all(config)) {
            HttpProxy proxy = HttpProxy.reverseProxy(clients.current())
                    .origin(context -> clients.current()
                            .request(upstream.request(
                                    context.get(ResilientForwarding.INSTANCE, URI.class),
                                    context.request().getURI()))
                            // failures arrive with the response and are answered there (UpstreamFailures);
                            // without a handler Vert.x would also log each one, e.g. a cut-off body, as an error
                            .map(request -> request.exceptionHandler(failure -> {})))
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new UpstreamFailures(upstream, problems))
                    .addInterceptor(bodySizeLimit.guard())
                    // last: it sends each attempt itself
                    .addInterceptor(new ResilientForwarding(
                            new LoadBalancer(upstream.context(), upstream.instances(), breakers), retries));
            router.route(upstream.pathPrefix() + "*").order(EdgeOrder.PROXY).handler(rc -> proxy.handle(rc.request()));
        }
    }
}
