package cn.chuanyu.gateway.routing;

import cn.chuanyu.gateway.ClientBody;
import cn.chuanyu.gateway.ProblemBody;
import cn.chuanyu.gateway.resilience.CircuitOpenException;
import cn.chuanyu.gateway.resilience.TransportFailures;
import cn.chuanyu.gateway.tracing.RequestTracing;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemTexts.Term;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;

/**
 * Turns a service that cannot be reached (502), does not answer in time (504) or is not called while its circuit is
 * open (503 with Retry-After) into a problem response naming the context, instead of the proxy's bare, empty 502.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final Upstream upstream;
    private final ProblemBody problems;

    UpstreamFailures(Upstream upstream, ProblemBody problems) {
        this.upstream = upstream;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        String requestId = context.request().headers().get(RequestTracing.REQUEST_ID);
        HttpServerRequest client = context.request().proxiedRequest();
        // the client's request body will not be sent anywhere now
        ProxyResponse response = ClientBody.release(context.request()).response();
        Term service = new Term(upstream.context());
        ProblemBody.Localised answer;
        if (failure instanceof CircuitOpenException open) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(open.retryAfterSeconds()));
            answer = ProblemBody.problem(
                    client,
                    Status.SERVICE_UNAVAILABLE,
                    "upstream-unavailable",
                    "upstream-circuit-open",
                    service,
                    open.retryAfterSeconds());
        } else {
            LOG.warnf(
                    "%s service failed for %s %s (request id %s): %s",
                    upstream.context(),
                    context.request().getMethod(),
                    context.request().getURI(),
                    requestId,
                    failure.toString());
            answer = TransportFailures.isTimeout(failure)
                    ? ProblemBody.problem(
                            client,
                            Status.GATEWAY_TIMEOUT,
                            "upstream-unavailable",
                            "upstream-timeout",
                            service,
                            upstream.timeout().toMillis())
                    : ProblemBody.problem(
                            client, Status.BAD_GATEWAY, "upstream-unavailable", "upstream-unreachable", service);
        }
        return response.setStatusCode(answer.problem().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, answer.contentLanguage())
                .setBody(Body.body(problems.of(answer.problem())));
    }
}
