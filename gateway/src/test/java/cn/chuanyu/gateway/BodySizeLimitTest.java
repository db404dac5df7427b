package cn.chuanyu.gateway;

import static cn.chuanyu.gateway.EdgeLimits.MAX_BODY_BYTES;
import static cn.chuanyu.gateway.EdgeLimits.MAX_UPLOAD_BYTES;
import static cn.chuanyu.gateway.EdgeLimits.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EdgeLimits.class)
class BodySizeLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aDeclaredBodyOverTheLimitGets413AndNeverReachesTheService() {
        String path = "/api/conference/papers/" + UUID.randomUUID();
        newClient()
                .contentType(ContentType.JSON.withCharset("UTF-8"))
                .body(paperOfBytes(MAX_BODY_BYTES + 1024))
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/payload-too-large"))
                .body("status", equalTo(413));
        assertThat(Upstreams.hits("conference", "POST", path)).isZero();
    }

    @Test
    void aBodyWithinTheLimitArrivesWholeWithItsChineseText() {
        String body = paperOfBytes(MAX_BODY_BYTES - 1024);
        newClient()
                .contentType(ContentType.JSON.withCharset("UTF-8"))
                .body(body)
                .put("/api/conference/papers/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("body", equalTo(body));
    }

    @Test
    void aStreamedBodyWithinTheLimitArrivesWhole() throws Exception {
        String body = paperOfBytes(MAX_BODY_BYTES - 1024);
        HttpResponse<String> answer = postStreamed("/api/alliance/board-items", body);
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(answer.body()).path("body").asText()).isEqualTo(body);
    }

    @Test
    void aStreamedBodyOverTheLimitGets413AndDoesNotCountAgainstTheService() throws Exception {
        // more refusals than the default failure threshold (5): none may open the circuit
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer =
                    postStreamed("/api/training/programmes", paperOfBytes(MAX_BODY_BYTES + 16 * 1024));
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asText()).isEqualTo("https://chuanyu.cn/problems/payload-too-large");
        }
        newClient().get("/api/training/echo").then().statusCode(200);
    }

    @Test
    void anUploadRouteTakesMoreThanTheGeneralLimitDeclaredOrStreamed() throws Exception {
        String pdf = pdfOfBytes(MAX_UPLOAD_BYTES - 1024);
        for (String upload : List.of("/manuscripts", "/camera-ready")) {
            String path = "/api/conference/papers/" + UUID.randomUUID() + upload;
            newClient()
                    .contentType("application/pdf")
                    .body(pdf.getBytes(StandardCharsets.US_ASCII))
                    .post(path)
                    .then()
                    .statusCode(201)
                    .body("body.length()", equalTo(pdf.length()));
            HttpResponse<String> streamed = send(path, pdf, "application/pdf");
            assertThat(streamed.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(streamed.body()).path("body").asText()).isEqualTo(pdf);
        }
    }

    @Test
    void anUploadOverTheUploadLimitGets413AndADeclaredOneNeverReachesTheService() throws Exception {
        String path = "/api/conference/papers/" + UUID.randomUUID() + "/manuscripts";
        String pdf = pdfOfBytes(MAX_UPLOAD_BYTES + 1024);
        newClient()
                .contentType("application/pdf")
                .body(pdf.getBytes(StandardCharsets.US_ASCII))
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/payload-too-large"))
                .body("detail", containsString(Integer.toString(MAX_UPLOAD_BYTES)));
        assertThat(Upstreams.hits("conference", "POST", path)).isZero();
        // streamed: counted on its way and cut off at the limit, so the service sees a call that fails
        assertThat(send(path, pdf, "application/pdf").statusCode()).isEqualTo(413);
    }

    @Test
    void everyOtherRouteKeepsTheGeneralLimitForABodyAnUploadRouteWouldTake() throws Exception {
        String pdf = pdfOfBytes(MAX_UPLOAD_BYTES / 2);
        UUID paper = UUID.randomUUID();
        for (String path :
                List.of("/api/conference/papers/" + paper, "/api/conference/papers/" + paper + "/manuscripts/1")) {
            newClient()
                    .contentType("application/pdf")
                    .body(pdf.getBytes(StandardCharsets.US_ASCII))
                    .post(path)
                    .then()
                    .statusCode(413)
                    .body("type", equalTo("https://chuanyu.cn/problems/payload-too-large"));
            assertThat(Upstreams.hits("conference", "POST", path)).isZero();
        }
        assertThat(send("/api/alliance/board-items", pdf, "application/pdf").statusCode())
                .isEqualTo(413);
    }

    /** Sent without a Content-Length (chunked), as a client streaming an upload does. */
    private HttpResponse<String> postStreamed(String path, String body) throws Exception {
        return send(path, body, "application/json;charset=UTF-8");
    }

    private HttpResponse<String> send(String path, String body, String contentType) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", contentType)
                .header("X-Forwarded-For", EdgeLimits.newAddress())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Something shaped like a PDF (the gateway does not look inside), ASCII, of exactly {@code bytes} bytes. */
    private static String pdfOfBytes(int bytes) {
        return ("%PDF-1.7\n" + "0".repeat(bytes)).substring(0, bytes);
    }

    /** A JSON paper of about {@code bytes} UTF-8 bytes, mostly Chinese (3 bytes a character). */
    private static String paperOfBytes(int bytes) {
        String head = "{\"title\":\"有机钾离子电池\",\"abstract\":\"";
        String tail = "\"}";
        int characters = (bytes - head.length() * 3 - tail.length()) / 3;
        return head + "川渝合作之果".repeat(characters / 6 + 1).substring(0, characters) + tail;
    }
}
