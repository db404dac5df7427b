package cn.chuanyu.gateway.security;

import cn.chuanyu.gateway.EdgeOrder;
import cn.chuanyu.gateway.ProblemBody;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-origin access for the configured frontend origins only. Preflights are answered here and never reach a service;
 * a preflight from another origin gets a 403 problem. Answers to an allowed origin, refusals included (so that its code
 * can read a 429), carry Access-Control-Allow-Origin; answers to any other origin carry no CORS header at all, whatever
 * a service put there. Tokens travel in the Authorization header, not cookies, so credentials are not allowed.
 */
@ApplicationScoped
public class CorsPolicy {

    private final Set<String> origins;
    private final String methods;
    private final String headers;
    private final String exposedHeaders;
    private final String maxAgeSeconds;
    private final ProblemBody problems;

    CorsPolicy(CorsConfig cors, ProblemBody problems) {
        this.origins = Set.copyOf(cors.origins().orElse(List.of()).stream()
                .map(CorsPolicy::normalised)
                .toList());
        this.methods = String.join(", ", cors.methods());
        this.headers = String.join(", ", cors.headers());
        this.exposedHeaders = String.join(", ", cors.exposedHeaders());
        this.maxAgeSeconds = Long.toString(cors.maxAge().toSeconds());
        this.problems = problems;
    }

    void mount(@Observes Router router) {
        router.route().order(EdgeOrder.RESPONSE_HEADERS).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        boolean allowed = origin != null && origins.contains(normalised(origin));
        boolean preflight = isPreflight(rc);
        rc.addHeadersEndHandler(ignored -> {
            MultiMap answer = rc.response().headers();
            removeCorsHeaders(answer);
            if (!varies(answer)) {
                answer.add("Vary", "Origin");
            }
            if (allowed) {
                answer.set("Access-Control-Allow-Origin", origin);
                if (preflight) {
                    answer.set("Access-Control-Allow-Methods", methods)
                            .set("Access-Control-Allow-Headers", headers)
                            .set("Access-Control-Max-Age", maxAgeSeconds);
                } else {
                    answer.set("Access-Control-Expose-Headers", exposedHeaders);
                }
            }
        });
        if (preflight) {
            answerPreflight(rc, allowed);
        } else {
            rc.next();
        }
    }

    /** Whatever CORS headers a service sent: only the gateway's policy speaks for the API. */
    private static void removeCorsHeaders(MultiMap answer) {
        List<String> found = null;
        for (Map.Entry<String, String> header : answer) {
            if (header.getKey().regionMatches(true, 0, "Access-Control-", 0, 15)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(header.getKey());
            }
        }
        if (found != null) {
            found.forEach(answer::remove);
        }
    }

    private static boolean varies(MultiMap answer) {
        for (String vary : answer.getAll("Vary")) {
            if (vary.equals("Origin")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPreflight(RoutingContext rc) {
        return rc.request().method() == HttpMethod.OPTIONS
                && rc.request().getHeader("Origin") != null
                && rc.request().getHeader("Access-Control-Request-Method") != null;
    }

    private void answerPreflight(RoutingContext rc, boolean allowed) {
        if (!allowed) {
            problems.send(
                    rc.request(),
                    Status.FORBIDDEN,
                    "cors-origin-not-allowed",
                    "cors-origin-not-allowed",
                    rc.request().getHeader("Origin"));
            return;
        }
        rc.response().setStatusCode(204).end();
    }

    /** Origins compare without a trailing slash and case-insensitively in scheme and host. */
    private static String normalised(String origin) {
        String trimmed = origin.trim();
        return (trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).toLowerCase();
    }
}
