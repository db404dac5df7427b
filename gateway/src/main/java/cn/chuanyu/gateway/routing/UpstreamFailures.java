package cn.chuanyu.gateway.routing;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.core.Response.Status;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import cn.chuanyu.gateway.ProblemBody;
import cn.chuanyu.web.problem.Problem;

/**
 * Turns a service that cannot be reached (502) or does not answer in time (504) into a problem
 * response naming the context, instead of the proxy's bare, empty 502.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final Upstream upstream;
    private final Duration timeout;
    private final ProblemBody problems;

    UpstreamFailures(Upstream upstream, Duration timeout, ProblemBody problems) {
        this.upstream = upstream;
        this.timeout = timeout;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
        LOG.warnf("%s service failed for %s %s: %s", upstream.context(), context.request().getMethod(),
                context.request().getURI(), failure.toString());
        Problem problem = timedOut
                ? Problem.of(Status.GATEWAY_TIMEOUT, "upstream-unavailable", "Service unavailable",
                        "The " + upstream.context() + " service did not answer within " + timeout.toMillis() + " ms")
                : Problem.of(Status.BAD_GATEWAY, "upstream-unavailable", "Service unavailable",
                        "The " + upstream.context() + " service cannot be reached");
        // release() drains the client's request body, which will not be sent anywhere now
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.of(problem)));
    }
}
