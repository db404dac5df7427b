package cn.chuanyu.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem details body. {@code type} is stable (clients branch on it), {@code title} is the same for every
 * occurrence of the type, {@code detail} explains this occurrence, and {@code errors} lists field-level violations.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://chuanyu.cn/problems/";

    /** A violation of one field of the request: its path (e.g. {@code authors[0].region}) and why. */
    public record FieldError(String field, String message) {}

    /** {@code detail} is never empty (the document requires it): without one, the title says it all. */
    public Problem {
        if (detail == null || detail.isBlank()) {
            detail = title;
        }
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static Problem of(Response.StatusType status, String slug, String title, String detail) {
        return new Problem(type(slug), title, status.getStatusCode(), detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /** The response, announcing the language its texts are in. */
    public Response toResponse(Locale language) {
        return Response.status(status)
                .type(MEDIA)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.tag(language))
                .entity(this)
                .build();
    }
}
