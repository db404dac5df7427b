package cn.chuanyu.gateway;

import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemTexts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes RFC 9457 bodies from Vert.x routes and the proxy, which platform-web's JAX-RS exception mappers do not reach:
 * title and detail in the caller's language ({@code Accept-Language}: zh-CN by default, or en; texts in
 * {@code problems.properties} and {@code problems_en.properties}, see {@link ProblemTexts}), announced in
 * {@code Content-Language}. The type's slug never depends on the language.
 */
@ApplicationScoped
public class ProblemBody {

    private final ObjectMapper json;

    ProblemBody(ObjectMapper json) {
        this.json = json;
    }

    /** A problem in the language the request asks for, with that language. */
    public record Localised(Problem problem, Locale language) {

        public String contentLanguage() {
            return ProblemTexts.tag(language);
        }
    }

    /** The problem {@code slug} (its {@code title.<slug>}) with the detail {@code detail.<detailKey>} formatted. */
    public static Localised problem(
            HttpServerRequest request, Response.StatusType status, String slug, String detailKey, Object... args) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return new Localised(
                Problem.of(
                        status,
                        slug,
                        ProblemTexts.title(slug, language),
                        ProblemTexts.detail(detailKey, language, args)),
                language);
    }

    public Buffer of(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written", e);
        }
    }

    /** Answers {@code request} with the problem, in its language. */
    public void send(
            HttpServerRequest request, Response.StatusType status, String slug, String detailKey, Object... args) {
        send(request.response(), problem(request, status, slug, detailKey, args));
    }

    public void send(HttpServerResponse response, Localised answer) {
        response.setStatusCode(answer.problem().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, answer.contentLanguage())
                .end(of(answer.problem()));
    }

    /**
     * The supported language {@code acceptLanguage} prefers (RFC 9110 §12.5.4: by weight, then in order; {@code q=0}
     * excludes), zh-CN without one or when none is supported.
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ProblemTexts.DEFAULT;
        }
        record Range(Locale locale, double weight, int position) {}
        List<Range> ranges = new ArrayList<>();
        String[] parts = acceptLanguage.split(",");
        for (int i = 0; i < parts.length && i < 32; i++) {
            String[] tagAndParams = parts[i].trim().split(";");
            String tag = tagAndParams[0].trim();
            double weight = 1;
            for (int p = 1; p < tagAndParams.length; p++) {
                String param = tagAndParams[p].trim();
                if (param.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        weight = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            if (!tag.isEmpty() && weight > 0) {
                ranges.add(new Range(tag.equals("*") ? new Locale("*") : Locale.forLanguageTag(tag), weight, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::weight).reversed().thenComparingInt(Range::position));
        return ProblemTexts.negotiate(ranges.stream().map(Range::locale).toList());
    }
}
