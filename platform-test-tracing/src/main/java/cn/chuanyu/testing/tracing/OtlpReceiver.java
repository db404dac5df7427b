package cn.chuanyu.testing.tracing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP receiver, as a collector listens on port 4318: it takes the application's {@code POST /v1/traces}
 * (protobuf, gzip or not), decodes it with OpenTelemetry's own protocol classes and keeps the spans. Started before the
 * application, whose tracing it switches on by giving it the endpoint ({@code chuanyu.otlp.endpoint}), as an operator
 * would with CHUANYU_OTLP_ENDPOINT.
 */
public class OtlpReceiver implements QuarkusTestResourceLifecycleManager {

    private static final List<ReceivedSpan> SPANS = new CopyOnWriteArrayList<>();
    private static final List<String> PATHS = new CopyOnWriteArrayList<>();
    private static final HexFormat HEX = HexFormat.of();
    private HttpServer server;

    /** A span as the collector received it, with its ids in hex as in a traceparent and its string attributes. */
    public record ReceivedSpan(
            String service,
            String name,
            String kind,
            String traceId,
            String spanId,
            String parentSpanId,
            Map<String, String> attributes) {}

    public static List<ReceivedSpan> spans() {
        return List.copyOf(SPANS);
    }

    /** The request paths the exports came to. */
    public static List<String> paths() {
        return List.copyOf(PATHS);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for OTLP", e);
        }
        server.createContext("/", this::receive);
        server.start();
        return Map.of(
                "chuanyu.otlp.endpoint",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            PATHS.add(exchange.getRequestURI().getPath());
            byte[] body;
            try (InputStream in = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody())
                    : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            keep(ExportTraceServiceRequest.parseFrom(body));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static void keep(ExportTraceServiceRequest request) {
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> "service.name".equals(a.getKey()))
                    .map(a -> a.getValue().getStringValue())
                    .findFirst()
                    .orElse(null);
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    SPANS.add(new ReceivedSpan(
                            service,
                            span.getName(),
                            span.getKind().name(),
                            HEX.formatHex(span.getTraceId().toByteArray()),
                            HEX.formatHex(span.getSpanId().toByteArray()),
                            HEX.formatHex(span.getParentSpanId().toByteArray()),
                            span.getAttributesList().stream()
                                    .filter(a -> a.getValue().hasStringValue())
                                    .collect(Collectors.toUnmodifiableMap(
                                            a -> a.getKey(), a -> a.getValue().getStringValue(), (a, b) -> b))));
                }
            }
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
