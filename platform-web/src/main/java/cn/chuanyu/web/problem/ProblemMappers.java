package cn.chuanyu.web.problem;

import cn.chuanyu.web.json.JsonFaults;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a REST call into an {@code application/problem+json} response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, HttpHeaders headers) {
        Locale language = language(headers);
        return e.problem(language).toResponse(language);
    }

    /** Quarkus's own mapper for resource-method validation would answer plain JSON: this one wins. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidParameters(ResteasyReactiveViolationException e, HttpHeaders headers) {
        return invalid(e, headers);
    }

    /** The messages are Bean Validation's, already in the caller's language ({@code quarkus.locales}). */
    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(headers, Status.BAD_REQUEST, "validation", "validation", errors.size())
                .withErrors(errors)
                .toResponse(language(headers));
    }

    /** Quarkus's own mapper for wrongly typed JSON would answer plain JSON: this one wins. */
    @ServerExceptionMapper(priority = 1)
    public Response mistyped(MismatchedInputException e, HttpHeaders headers) {
        return unreadable(e, headers);
    }

    /**
     * A body the strict JSON reader refused ({@code cn.chuanyu.web.json.StrictJson}): every field at fault with why, in
     * the caller's language; a body that is not JSON at all names no field.
     */
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, HttpHeaders headers) {
        Locale language = language(headers);
        List<Problem.FieldError> errors = JsonFaults.of(e).stream()
                .map(f -> new Problem.FieldError(f.path(), ProblemTexts.detail("json-" + f.reason(), language)))
                .toList();
        Problem problem;
        if (errors.isEmpty()) {
            problem = respond(headers, Status.BAD_REQUEST, "malformed-body", "malformed-body", e.getOriginalMessage());
        } else if (errors.size() == 1) {
            problem = respond(
                            headers,
                            Status.BAD_REQUEST,
                            "malformed-body",
                            "malformed-field",
                            errors.get(0).field())
                    .withErrors(errors);
        } else {
            problem = respond(headers, Status.BAD_REQUEST, "malformed-body", "malformed-fields", errors.size())
                    .withErrors(errors);
        }
        return problem.toResponse(language);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleVersion(OptimisticLockException e, HttpHeaders headers) {
        return respond(headers, Status.CONFLICT, "concurrent-modification", "changed-since-read")
                .toResponse(language(headers));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers) {
        return Response.fromResponse(respond(headers, Status.UNAUTHORIZED, "unauthenticated", "unauthenticated")
                        .toResponse(language(headers)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return unauthenticated(null, headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(headers, Status.FORBIDDEN, "forbidden", "roles-forbid").toResponse(language(headers));
    }

    @ServerExceptionMapper(priority = 1)
    public Response http(WebApplicationException e, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus REST wraps every Jackson failure but a mismatched input in a plain 400: the strict reader's
            // refusals and syntax errors still deserve their field-level problem
            return unreadable(unreadable, headers);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a query or path parameter does not convert (e.g. an unknown enum
            // constant); for the client that is a bad request about that parameter, not a missing resource
            return respond(
                            headers,
                            Status.BAD_REQUEST,
                            "invalid-parameter",
                            "invalid-parameter",
                            e.getCause().getMessage())
                    .toResponse(language(headers));
        }
        String slug = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        Locale language = language(headers);
        return Problem.of(
                        status, slug, ProblemTexts.title(slug, language), ProblemTexts.detail("http-" + slug, language))
                .toResponse(language);
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, HttpHeaders headers) {
        Locale language = language(headers);
        var conflict = DatabaseConflicts.of(e, language);
        if (conflict.isPresent()) {
            LOG.infof("A request lost a race in the database: %s", e.getMessage());
            return conflict.get().toResponse(language);
        }
        var unavailable = DatabaseUnavailable.of(e, language);
        if (unavailable.isPresent()) {
            // readiness reports the outage too; one line per request, without the stack, keeps the log readable
            LOG.warnf("A request failed because the database is unreachable: %s", e);
            return unavailable.get();
        }
        LOG.error("Unexpected failure of a request", e);
        return respond(headers, Status.INTERNAL_SERVER_ERROR, "internal-error", "internal-error")
                .toResponse(language);
    }

    /** The caller's language among those the platform speaks ({@link ProblemTexts#negotiate}). */
    static Locale language(HttpHeaders headers) {
        return headers == null ? ProblemTexts.DEFAULT : ProblemTexts.negotiate(headers);
    }

    private static Problem respond(
            HttpHeaders headers, Response.StatusType status, String slug, String detailKey, Object... args) {
        Locale language = language(headers);
        return Problem.of(
                status, slug, ProblemTexts.title(slug, language), ProblemTexts.detail(detailKey, language, args));
    }

    private static String fieldPath(ConstraintViolation<?> violation) {
        // Clients know fields and query parameters, not Java methods: drop the method node, and the
        // parameter node unless the violation is on the parameter itself (e.g. ?size=500).
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
        Path.Node last = nodes.get(nodes.size() - 1);
        if (last.getKind() == ElementKind.PARAMETER) {
            return last.getName();
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && path.length() > 0) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return path.toString();
    }
}
