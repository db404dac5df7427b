package cn.chuanyu.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Java's HttpClient as partner systems and the launcher's tests use it by default: HTTP/2 over cleartext, the
 * connection upgraded by a first GET, so that every later request (a POST with a body too) is an HTTP/2 stream.
 */
final class Http2Client {

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    private final URI gateway;

    Http2Client(URI gateway) throws IOException, InterruptedException {
        this.gateway = gateway;
        HttpResponse<String> upgrade = send(HttpRequest.newBuilder(gateway.resolve("/api/conference/echo")));
        assertThat(upgrade.version()).as("the connection speaks HTTP/2").isEqualTo(HttpClient.Version.HTTP_2);
    }

    HttpResponse<String> post(String path, String json, String requestId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // well below the routes' timeouts: an answer that has not come by then is not coming
        return client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
