package cn.chuanyu.gateway.resilience;

import cn.chuanyu.gateway.ClientBody;
import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

/**
 * Sends a proxied request to an instance of its service that the {@link LoadBalancer} picks, through that instance's
 * circuit breaker, and sends it again after a transport failure: a read as the {@link RetryPolicy} allows, and any
 * request, body and all, to another instance when the first refused the connection (nothing was sent, so nothing can
 * have been applied). Each attempt counts for its instance's breaker; an attempt no breaker admits is not made. Must be
 * the proxy's last interceptor: it calls {@link ProxyContext#sendRequest()} once per attempt, which then goes straight
 * to the instance named by the context's {@link #INSTANCE}.
 */
public final class ResilientForwarding implements ProxyInterceptor {

    /**
     * Set (to {@code true}) on the proxy context by whoever ends a call for a reason that is not the upstream's fault
     * (e.g. a request body over the limit), so that the breaker does not count it.
     */
    public static final String NOT_UPSTREAMS_FAULT = "chuanyu.not-upstreams-fault";

    /** Set on the proxy context for each attempt: the {@link java.net.URI} of the instance to call. */
    public static final String INSTANCE = "chuanyu.instance";

    private static final Logger LOG = Logger.getLogger(ResilientForwarding.class);

    private final LoadBalancer instances;
    private final RetryPolicy retries;

    public ResilientForwarding(LoadBalancer instances, RetryPolicy retries) {
        this.instances = instances;
        this.retries = retries;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        boolean retryable = retries.appliesTo(request.getMethod(), request.headers());
        if (retryable) {
            // Nothing to send but the head, so the request can be sent as often as needed.
            ClientBody.resume(request.proxiedRequest());
            request.setBody(null);
        }
        return attempt(context, 0, retryable, null, null);
    }

    private Future<ProxyResponse> attempt(
            ProxyContext context, int attempt, boolean retryable, Throwable previous, LoadBalancer.Instance tried) {
        var chosen = instances.acquire(tried);
        if (chosen.isEmpty()) {
            return Future.failedFuture(previous != null ? previous : instances.allOpen());
        }
        LoadBalancer.Instance instance = chosen.get();
        CircuitBreaker breaker = instance.breaker();
        context.set(INSTANCE, instance.url());
        return context.sendRequest().transform(result -> {
            if (result.succeeded()) {
                breaker.onSuccess();
                return Future.succeededFuture(result.result());
            }
            Throwable failure = result.cause();
            if (notUpstreamsFault(context)) {
                breaker.release();
                return Future.failedFuture(failure);
            }
            breaker.onFailure();
            boolean elsewhere = TransportFailures.neverSent(failure) && attempt + 1 < instances.size();
            if (elsewhere || (retryable && retries.retries(attempt, failure))) {
                LOG.debugf(
                        "Retrying %s %s after %s at %s",
                        context.request().getMethod(), context.request().getURI(), failure, breaker.upstream());
                return attempt(context, attempt + 1, retryable, failure, instance);
            }
            return Future.failedFuture(failure);
        });
    }

    private static boolean notUpstreamsFault(ProxyContext context) {
        return Boolean.TRUE.equals(context.get(NOT_UPSTREAMS_FAULT, Boolean.class))
                || context.request().proxiedRequest().response().closed();
    }
}
