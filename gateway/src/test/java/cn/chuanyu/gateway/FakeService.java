package cn.chuanyu.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stands in for one service: echoes what reached it as JSON, answers {@code POST} with 201 and a Location built from
 * the Host header (as JAX-RS does), serves a small {@code /q/openapi}, stalls on {@code .../slow}, drops the connection
 * without an answer on {@code .../drop/...} and on the first request for each {@code .../flaky-once/...} path. A
 * second, always-running control server lists the requests the service saw ({@code GET /fake/requests}) and stops and
 * starts the service on its port ({@code POST /fake/stop}, {@code POST /fake/start}), as when a service is redeployed.
 */
final class FakeService implements AutoCloseable {

    static final long SLOW_MILLIS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String context;
    private final int port;
    private final HttpServer control;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Set<String> dropped = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    FakeService(String context) throws IOException {
        this.context = context;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
        this.control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        control.setExecutor(threads);
        control.createContext("/fake/requests", exchange -> respond(exchange, 200, JSON.writeValueAsBytes(seen)));
        control.createContext("/fake/stop", exchange -> {
            stop();
            respond(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
        });
        control.createContext("/fake/start", exchange -> {
            start();
            respond(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
        });
        control.start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String controlUrl() {
        return "http://127.0.0.1:" + control.getAddress().getPort();
    }

    @Override
    public void close() {
        stop();
        control.stop(0);
        threads.shutdownNow();
    }

    private synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private synchronized void start() {
        if (server == null) {
            try {
                server = listen(port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        listening.setExecutor(threads);
        listening.createContext("/", this::handle);
        listening.start();
        return listening;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        switch (uri.getPath()) {
            case "/q/openapi" -> respond(exchange, 200, openApi());
            case "/fake/requests" -> respond(exchange, 200, JSON.writeValueAsBytes(seen));
            default -> echo(exchange, uri);
        }
    }

    private void echo(HttpExchange exchange, URI uri) throws IOException {
        seen.add(exchange.getRequestMethod() + " " + uri.getRawPath());
        if (uri.getPath().contains("/drop/") || uri.getPath().contains("/flaky-once/") && dropped.add(uri.getPath())) {
            // the JDK server closes the connection without an answer when a handler throws
            throw new IOException("dropping the connection on purpose");
        }
        if (uri.getPath().endsWith("/slow")) {
            pause();
        }
        ObjectNode echo = JSON.createObjectNode()
                .put("service", context)
                .put("method", exchange.getRequestMethod())
                .put("path", uri.getPath())
                .put("query", uri.getQuery())
                .put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                .put("host", exchange.getRequestHeaders().getFirst("Host"))
                .put("forwardedFor", exchange.getRequestHeaders().getFirst("X-Forwarded-For"))
                .put("forwardedProto", exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"))
                .put("forwardedHost", exchange.getRequestHeaders().getFirst("X-Forwarded-Host"))
                .put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"))
                .put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"))
                .put("tracestate", exchange.getRequestHeaders().getFirst("tracestate"));
        try (InputStream body = exchange.getRequestBody()) {
            echo.put("body", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        int status = 200;
        if ("POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders()
                    .add(
                            "Location",
                            "http://" + exchange.getRequestHeaders().getFirst("Host") + uri.getRawPath() + "/1");
            status = 201;
        }
        respond(exchange, status, JSON.writeValueAsBytes(echo));
    }

    /**
     * Each context has an echo path (a public read, and an untagged write that needs a token), a path the gateway does
     * not route, and a schema named like the others'.
     */
    private byte[] openApi() {
        return """
                {"openapi": "3.1.0",
                 "info": {"title": "Chuanyu %1$s-service API", "version": "0.1.0"},
                 "tags": [{"name": "%1$s"}],
                 "paths": {
                   "/api/%1$s/echo": {"get": {"summary": "回显 %1$s", "tags": ["%1$s"],
                     "responses": {"200": {"description": "what arrived",
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}},
                     "post": {"summary": "Needs a token", "security": [{"jwt": []}],
                       "responses": {"201": {"description": "created"}}}},
                   "/internal/%1$s": {"get": {"responses": {"200": {"description": "not routed"}}}}},
                 "components": {"securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}},
                   "schemas": {
                   "Problem": {"type": "object", "properties": {"title": {"type": "string"}}},
                   "Page": {"type": "object", "properties": {"%1$sItems": {"type": "array"}}}}}}
                """.formatted(context).getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
