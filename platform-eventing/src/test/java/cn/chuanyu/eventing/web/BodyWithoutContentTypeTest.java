package cn.chuanyu.eventing.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.eventing.notes.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A JSON body sent without {@code Content-Type} is a 415 problem and creates nothing (Quarkus REST alone would read it
 * as the operation's JSON). Sent with java.net.http, which, unlike RestAssured, adds no Content-Type of its own.
 */
@QuarkusTest
class BodyWithoutContentTypeTest {

    @TestHTTPResource("/notes")
    URI notes;

    @Inject
    TestDatabase rows;

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415AndCreatesNothing() throws Exception {
        String title = "没有媒体类型的笔记 " + UUID.randomUUID();
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(notes)
                                .header("Accept-Language", "zh-CN")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"%s\"}".formatted(title)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body())
                .contains("https://chuanyu.cn/problems/unsupported-media-type")
                .contains("请求体须为 application/json");
        assertThat(rows.count("select count(*) from note where title = ?1", title))
                .isZero();
    }

    @Test
    void anEmptyPostWithoutContentTypeIsNotABody() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(notes)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isNotEqualTo(415);
    }
}
