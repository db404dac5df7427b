package cn.chuanyu.gateway.tracing;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.limits.ClientKey;
import cn.chuanyu.web.tracing.FeedSecrets;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;

/**
 * One line per request, when its answer has been sent (or the connection closed before), in the logger category
 * {@code cn.chuanyu.gateway.access}, e.g. {@code GET /api/conference/papers 200 12 ms request_id=... trace_id=...
 * client=sub:...}. The path without its query (which may carry personal data) and the client's key, never its token,
 * nor the secret of a private calendar feed's path ({@code /api/<context>/calendar/<secret>.ics}, which calendar apps
 * read without a token: the secret is the credential). The lines are written by a thread of their own
 * ({@link AccessLogWriter}), not by the event loops.
 */
@ApplicationScoped
public class AccessLog {

    static final String CATEGORY = "cn.chuanyu.gateway.access";

    private final AccessLogConfig config;
    private volatile AccessLogWriter writer;

    AccessLog(AccessLogConfig config) {
        this.config = config;
    }

    void mount(@Observes Router router) {
        if (config.enabled()) {
            if (writer == null) {
                writer = new AccessLogWriter(CATEGORY);
            }
            router.route().order(EdgeOrder.TRACING).handler(this::onRequest);
        }
    }

    private void onRequest(RoutingContext rc) {
        if (config.includeManagement() || !rc.normalizedPath().startsWith("/q/")) {
            long start = System.nanoTime();
            AccessLogWriter writer = this.writer;
            // Whether the whole answer was written, not whether the end handler saw success: over HTTP/2 the stream's
            // close reaches it as a failure even after a complete answer, which logged every such request "aborted".
            rc.addEndHandler(sent -> line(
                    writer,
                    rc,
                    start,
                    rc.response().ended() ? Integer.toString(rc.response().getStatusCode()) : "aborted"));
        }
        rc.next();
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.stop();
        }
    }

    private static void line(AccessLogWriter writer, RoutingContext rc, long start, String status) {
        if (!writer.isEnabled()) {
            return;
        }
        TraceContext trace = rc.get(TraceContext.KEY);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        writer.log(rc.request().method().name() + " "
                + FeedSecrets.masked(rc.request().path()) + " " + status + " " + millis + " ms"
                + " request_id=" + (trace == null ? "-" : trace.requestId())
                + " trace_id=" + (trace == null ? "-" : trace.traceId())
                + " client=" + ClientKey.of(rc));
    }
}
