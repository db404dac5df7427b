package cn.chuanyu.gateway.routing;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.tracing.TracingPolicy;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The HTTP clients that call the services: one per event loop, so that a proxied request and its call to the service
 * are handled by the same thread from start to end.
 *
 * <p>A single Vert.x client shares one connection pool among all event loops and hands a request whatever connection
 * was used last, often one that belongs to another event loop. Every such call then crosses threads four times (the
 * request's head and end are queued to the connection's loop, the answer's head and body are queued back), each a task
 * hand-off and a wake-up: in the gateway's profile a quarter of its CPU and, on a busy machine, a good part of the
 * latency it adds. A client per loop only ever holds connections opened from that loop (Vert.x opens a connection on
 * the loop of the context that asks for it), so nothing crosses.
 *
 * <p>The connection limit per upstream is shared out evenly among the loops.
 */
final class UpstreamClients {

    private final Map<EventLoop, HttpClient> byLoop = new IdentityHashMap<>();
    private final HttpClient shared;
    private final int maxConnectionsPerLoop;

    UpstreamClients(Vertx vertx, int maxConnectionsPerUpstream) {
        var loops = ((VertxInternal) vertx).getEventLoopGroup();
        int count = 0;
        for (EventExecutor ignored : loops) {
            count++;
        }
        this.maxConnectionsPerLoop = Math.max(1, (maxConnectionsPerUpstream + count - 1) / Math.max(1, count));
        for (EventExecutor loop : loops) {
            byLoop.put((EventLoop) loop, create(vertx, maxConnectionsPerLoop));
        }
        // for a caller that is not on an event loop (none in the gateway: the proxy runs on Vert.x's router)
        this.shared = create(vertx, maxConnectionsPerLoop);
    }

    /** The client of the calling thread's event loop. */
    HttpClient current() {
        Context context = Vertx.currentContext();
        if (context instanceof ContextInternal internal && context.isEventLoopContext()) {
            HttpClient client = byLoop.get(internal.nettyEventLoop());
            if (client != null) {
                return client;
            }
        }
        return shared;
    }

    int maxConnectionsPerLoop() {
        return maxConnectionsPerLoop;
    }

    int loops() {
        return byLoop.size();
    }

    private static HttpClient create(Vertx vertx, int maxConnections) {
        // no client span of its own: the request already carries the gateway's traceparent (RequestTracing), which a
        // client span's would be added beside, as a second header
        return vertx.createHttpClient(
                new HttpClientOptions().setTracingPolicy(TracingPolicy.IGNORE),
                new PoolOptions().setHttp1MaxSize(maxConnections));
    }
}
