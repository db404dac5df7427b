package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Blocking HTTP for a scenario's set-up (making a conference, uploading a manuscript, subscribing a webhook) and its
 * checks, one request at a time; the measured load goes through {@link HttpLoad}.
 */
final class Rest {

    /** An answer: status, Location, Content-Type and the body's bytes. */
    record Answer(int status, String location, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text(), e);
            }
        }

        /** The last segment of Location: the id of what a POST created. */
        String createdId() {
            if (status != 201 || location == null) {
                throw new IllegalStateException("expected 201 with a Location, got " + status + ": " + text());
            }
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** HTTP/1.1 like the load generator (the JDK client would otherwise try an h2c upgrade on each connection). */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Answer get(String url, String token, String accept) throws IOException, InterruptedException {
        return send(request(url, token).header("Accept", accept).GET());
    }

    Answer postJson(String url, String token, Object body) throws IOException, InterruptedException {
        return send(request(url, token)
                .header("Accept", Call.JSON)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer post(String url, String token, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(url, token)
                .header("Accept", Call.JSON)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer delete(String url, String token) throws IOException, InterruptedException {
        return send(request(url, token).DELETE());
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
