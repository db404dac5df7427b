package cn.chuanyu.gateway;

import cn.chuanyu.web.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes RFC 9457 bodies from Vert.x routes, which platform-web's JAX-RS exception mappers do not reach. */
@ApplicationScoped
public class ProblemBody {

    private final ObjectMapper json;

    ProblemBody(ObjectMapper json) {
        this.json = json;
    }

    public Buffer of(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written", e);
        }
    }

    public void send(HttpServerResponse response, Problem problem) {
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(of(problem));
    }
}
