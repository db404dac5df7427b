package cn.chuanyu.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a REST call into an {@code application/problem+json} response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** Quarkus's own mapper for resource-method validation would answer plain JSON: this one wins. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidParameters(ResteasyReactiveViolationException e) {
        return invalid(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(
                        Status.BAD_REQUEST,
                        "validation",
                        "The request is not valid",
                        errors.size() + " field(s) are not valid")
                .withErrors(errors)
                .toResponse();
    }

    /** Quarkus's own mapper for wrongly typed JSON would answer plain JSON: this one wins. */
    @ServerExceptionMapper(priority = 1)
    public Response mistyped(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? fieldPath(m) : "";
        String detail = "The body is not valid JSON for this operation" + (field.isEmpty() ? "" : " at '" + field + "'")
                + ": " + e.getOriginalMessage();
        return Problem.of(Status.BAD_REQUEST, "malformed-body", "The request body cannot be read", detail)
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleVersion(OptimisticLockException e) {
        return Problem.of(
                        Status.CONFLICT,
                        "concurrent-modification",
                        "Changed by someone else",
                        "The resource was changed since you read it; read it again and retry")
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return Problem.of(
                        Status.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        "This operation needs a valid bearer token")
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated(null);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "forbidden", "Not allowed", "Your roles do not allow this operation")
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response http(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a query or path parameter does not convert (e.g. an unknown enum
            // constant); for the client that is a bad request about that parameter, not a missing resource
            return Problem.of(
                            Status.BAD_REQUEST,
                            "invalid-parameter",
                            "Invalid parameter",
                            "A query or path parameter has a value this operation does not accept: "
                                    + e.getCause().getMessage())
                    .toResponse();
        }
        String slug = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return Problem.of(status, slug, status.getReasonPhrase(), e.getMessage())
                .toResponse();
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e) {
        var conflict = DatabaseConflicts.of(e);
        if (conflict.isPresent()) {
            LOG.infof("A request lost a race in the database: %s", e.getMessage());
            return conflict.get().toResponse();
        }
        LOG.error("Unexpected failure of a request", e);
        return Problem.of(
                        Status.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "The request failed unexpectedly; nothing was changed. If it persists, tell the operators.")
                .toResponse();
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

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
