package cn.chuanyu.gateway.resilience;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

/**
 * Sends a proxied request through its upstream's circuit breaker, and sends a read again after a transport failure as
 * the {@link RetryPolicy} allows. Each attempt counts for the breaker; an attempt the breaker refuses is not made. Must
 * be the proxy's last interceptor: it calls {@link ProxyContext#sendRequest()} once per attempt, which then goes
 * straight to the upstream.
 */
public final class ResilientForwarding implements ProxyInterceptor {

    /**
     * Set (to {@code true}) on the proxy context by whoever ends a call for a reason that is not the upstream's fault
     * (e.g. a request body over the limit), so that the breaker does not count it.
     */
    public static final String NOT_UPSTREAMS_FAULT = "chuanyu.not-upstreams-fault";

    private static final Logger LOG = Logger.getLogger(ResilientForwarding.class);

    private final CircuitBreaker breaker;
    private final RetryPolicy retries;

    public ResilientForwarding(CircuitBreaker breaker, RetryPolicy retries) {
        this.breaker = breaker;
        this.retries = retries;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        boolean retryable = retries.appliesTo(request.getMethod(), request.headers());
        if (retryable) {
            // Nothing to send but the head, so the request can be sent as often as needed.
            Body body = request.getBody();
            if (body != null) {
                body.stream().resume();
            }
            request.setBody(null);
        }
        return attempt(context, 0, retryable, null);
    }

    private Future<ProxyResponse> attempt(ProxyContext context, int attempt, boolean retryable, Throwable previous) {
        if (!breaker.tryAcquire()) {
            return Future.failedFuture(
                    previous != null ? previous : new CircuitOpenException(breaker.upstream(), breaker.retryAfter()));
        }
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
            if (retryable && retries.retries(attempt, failure)) {
                LOG.debugf(
                        "Retrying %s %s at the %s service after: %s",
                        context.request().getMethod(), context.request().getURI(), breaker.upstream(), failure);
                return attempt(context, attempt + 1, true, failure);
            }
            return Future.failedFuture(failure);
        });
    }

    private static boolean notUpstreamsFault(ProxyContext context) {
        return Boolean.TRUE.equals(context.get(NOT_UPSTREAMS_FAULT, Boolean.class))
                || context.request().proxiedRequest().response().closed();
    }
}
