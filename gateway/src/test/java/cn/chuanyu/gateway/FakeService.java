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
 * its public base URL (as platform-web's services do, {@code chuanyu.web.public-base-url}), serves a small
 * {@code /q/openapi}, stalls on {@code .../slow}, drops the connection without an answer on {@code .../drop/...} and on
 * the first request for each {@code .../flaky-once/...} path. A second, always-running control server lists the
 * requests the service saw ({@code GET /fake/requests}) and stops and starts the service on its port ({@code POST
 * /fake/stop}, {@code POST /fake/start}), as when a service is redeployed.
 */
final class FakeService implements AutoCloseable {

    static final long SLOW_MILLIS = 3_000;
    /** Where clients reach the platform: the base of the Locations the services build. */
    static final String PUBLIC_BASE_URL = "https://api.chuanyu.cn";

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
                .put("tracestate", exchange.getRequestHeaders().getFirst("tracestate"))
                .put("acceptLanguage", exchange.getRequestHeaders().getFirst("Accept-Language"))
                .put("idempotencyKey", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        try (InputStream body = exchange.getRequestBody()) {
            echo.put("body", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        int status = 200;
        if ("POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Location", PUBLIC_BASE_URL + uri.getRawPath() + "/1");
            status = 201;
        }
        respond(exchange, status, JSON.writeValueAsBytes(echo));
    }

    /**
     * Shaped like the services' documents: each context has an echo path (a public read with {@code security: []}, a
     * write that needs a token), a read by id that takes the document-wide {@code security}, a path the gateway does
     * not route; operation ids, schemas, responses and parameters named like the other contexts', some defined alike
     * (shared in the merge), some not (renamed).
     */
    private byte[] openApi() {
        return """
                {"openapi": "3.1.0",
                 "info": {"title": "Chuanyu %1$s-service API", "version": "0.1.0",
                   "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}},
                 "servers": [{"url": "http://127.0.0.1:8081"}],
                 "security": [{"jwt": []}],
                 "tags": [{"name": "%1$s", "description": "The %1$s context"}],
                 "paths": {
                   "/api/%1$s/echo": {
                     "get": {"summary": "回显 %1$s", "operationId": "echo", "tags": ["%1$s"], "security": [],
                       "responses": {"200": {"description": "what arrived",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                         "400": {"$ref": "#/components/responses/BadRequest"}}},
                     "post": {"summary": "Needs a token", "operationId": "create", "security": [{"jwt": []}],
                       "responses": {"201": {"description": "created"},
                         "400": {"$ref": "#/components/responses/BadRequest"}}}},
                   "/api/%1$s/echo/{id}": {
                     "get": {"summary": "One echo", "operationId": "echoOne", "tags": ["%1$s"],
                       "parameters": [{"$ref": "#/components/parameters/Id"}],
                       "responses": {"200": {"description": "the echo",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                         "404": {"$ref": "#/components/responses/BadRequest"}}}},
                   "/internal/%1$s": {"get": {"responses": {"200": {"description": "not routed"}}}}},
                 "components": {
                   "securitySchemes": {"jwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
                   "responses": {"BadRequest": {"description": "a problem",
                     "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
                   "parameters": {"Id": {"name": "id", "in": "path", "required": true,
                     "description": "the id of a %1$s echo", "schema": {"type": "string", "format": "uuid"}}},
                   "schemas": {
                   "Problem": {"type": "object", "properties": {"title": {"type": "string"}}},
                   "Page": {"type": "object", "properties": {"%1$sItems": {"type": "array",
                     "items": {"type": "string"}}}}}}}
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
