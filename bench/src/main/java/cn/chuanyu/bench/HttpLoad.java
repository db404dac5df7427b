package cn.chuanyu.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The load generator's HTTP client: Vert.x on one event loop, keep-alive HTTP/1.1 with at most
 * {@code maxConnectionsPerServer} connections to each host:port. A request that finds every connection busy waits in
 * the client's queue; since latency is counted from the request's intended send time, that wait is part of what the
 * benchmark reports, not hidden.
 */
final class HttpLoad implements Sender, AutoCloseable {

    /**
     * A request fails (and counts as an error) after waiting this long for a connection from the pool, or after this
     * much silence on the connection; in any case {@link #DEADLINE_MILLIS} after it was sent.
     */
    static final long TIMEOUT_MILLIS = 10_000;

    static final long DEADLINE_MILLIS = 2 * TIMEOUT_MILLIS;

    private final Vertx vertx;
    private final HttpClient client;

    HttpLoad(int maxConnectionsPerServer) {
        vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1)
                .setBlockedThreadCheckInterval(10)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
        client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setConnectTimeout((int) TIMEOUT_MILLIS)
                        .setIdleTimeout(60),
                new PoolOptions().setHttp1MaxSize(maxConnectionsPerServer).setMaxWaitQueueSize(-1));
    }

    @Override
    public CompletionStage<Reply> send(Call call) {
        var options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(call.method()))
                .setAbsoluteURI(call.url())
                .setConnectTimeout(TIMEOUT_MILLIS)
                .setIdleTimeout(TIMEOUT_MILLIS)
                .putHeader("Accept", call.accept() == null ? Call.JSON : call.accept());
        if (call.token() != null) {
            options.putHeader("Authorization", "Bearer " + call.token());
        }
        if (call.jsonBody() != null) {
            options.putHeader("Content-Type", "application/json; charset=UTF-8");
        }
        Future<Reply> reply = client.request(options)
                .compose(request ->
                        call.jsonBody() == null ? request.send() : request.send(Buffer.buffer(call.jsonBody())))
                .compose(response -> response.body().map(body -> reply(response)));
        return reply.toCompletionStage().toCompletableFuture().orTimeout(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a trivial HTTP server (a fixed small JSON answer) on the generator's own event loop, for measuring the
     * generator without any service in the way; returns its base URL.
     */
    String startTrivialServer() {
        HttpServer server = vertx.createHttpServer(
                        new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"UP\"}"));
        return "http://127.0.0.1:"
                + server.listen()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .join()
                        .actualPort();
    }

    private static Reply reply(HttpClientResponse response) {
        return new Reply(response.statusCode(), response.getHeader("Location"));
    }

    @Override
    public void close() {
        client.close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
