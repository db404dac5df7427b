package cn.chuanyu.gateway.limits;

import cn.chuanyu.gateway.ClientBody;
import cn.chuanyu.gateway.ProblemBody;
import cn.chuanyu.gateway.resilience.ResilientForwarding;
import cn.chuanyu.web.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Counts a request body that has no Content-Length (chunked) on its way to the service. Past the limit the stream
 * fails, which resets the call to the service, and the client gets a 413 problem; the circuit breaker is told that this
 * failure is not the service's. Declared lengths were already judged by {@link BodySizeLimit} before the request got
 * here.
 */
final class StreamedBodyGuard implements ProxyInterceptor {

    private final BodySizeLimit limit;

    StreamedBodyGuard(BodySizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        if (body == null || body.length() >= 0) {
            return context.sendRequest();
        }
        CountingStream counted = new CountingStream(body.stream(), context, limit.maxBytes(request.proxiedRequest()));
        request.setBody(Body.body(counted, -1));
        return context.sendRequest().recover(failure -> {
            if (!counted.overLimit) {
                return Future.failedFuture(failure);
            }
            ProblemBody.Localised answer = limit.problem(request.proxiedRequest());
            return Future.succeededFuture(ClientBody.release(request)
                    .response()
                    .setStatusCode(answer.problem().status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, answer.contentLanguage())
                    .setBody(Body.body(limit.problems().of(answer.problem()))));
        });
    }

    /**
     * Passes chunks on while the total is within the limit. It keeps its own handler on the request even after the
     * consumer lets go, so that whatever follows a refusal is counted and discarded.
     */
    private final class CountingStream implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final ProxyContext context;
        private final long maxBytes;
        private Handler<Buffer> handler;
        private Handler<Throwable> exceptionHandler;
        private long read;
        private boolean counting;
        boolean overLimit;

        CountingStream(ReadStream<Buffer> source, ProxyContext context, long maxBytes) {
            this.source = source;
            this.context = context;
            this.maxBytes = maxBytes;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            this.handler = handler;
            if (!counting) {
                counting = true;
                source.handler(this::chunk);
            }
            return this;
        }

        private void chunk(Buffer chunk) {
            read += chunk.length();
            if (overLimit) {
                if (read > maxBytes + limit.discardAllowance()) {
                    context.request().proxiedRequest().connection().close();
                }
            } else if (read > maxBytes) {
                overLimit = true;
                // before the failure reaches the breaker: the call ends because of the client
                context.set(ResilientForwarding.NOT_UPSTREAMS_FAULT, true);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("request body over " + maxBytes + " bytes"));
                }
            } else if (handler != null) {
                handler.handle(chunk);
            }
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            this.exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}
