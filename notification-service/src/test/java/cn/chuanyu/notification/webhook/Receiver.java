package cn.chuanyu.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A partner's webhook endpoint: records every request, answers 500 to the first {@code failures}, then 204. */
final class Receiver implements AutoCloseable {

    record Request(Map<String, List<String>> headers, String body, int answered) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    Receiver(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Request> about(String eventId) {
        return requests.stream()
                .filter(r -> eventId.equals(r.header("webhook-id")))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
