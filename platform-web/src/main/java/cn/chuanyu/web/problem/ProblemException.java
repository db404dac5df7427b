package cn.chuanyu.web.problem;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by domain and application code to refuse a request with a specific problem type, e.g. {@code new
 * ProblemException(CONFLICT, "submission-window-closed", "Call for papers closed", "...")}.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Response.StatusType status, String slug, String title, String detail) {
        super(detail);
        this.problem = Problem.of(status, slug, title, detail);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                Response.Status.NOT_FOUND, "not-found", "Resource not found", what + " " + id + " does not exist");
    }

    /**
     * Optimistic concurrency on an edit: the client must send back the version it read (400 without one) and it must
     * still be the current one (409 otherwise), so concurrent edits cannot overwrite each other.
     */
    public static void requireVersion(String what, Object id, long current, Long sent) {
        if (sent == null) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "version-required",
                    "The version read is required",
                    "Send the version of %s %s as you read it, so that concurrent edits cannot overwrite each other"
                            .formatted(what, id));
        }
        if (sent != current) {
            throw staleVersion(what, id, current, sent);
        }
    }

    /** An update sent with a version the resource has moved past (optimistic concurrency). */
    public static ProblemException staleVersion(String what, Object id, long current, Object sent) {
        return new ProblemException(
                Response.Status.CONFLICT,
                "concurrent-modification",
                "Changed by someone else",
                "%s %s is at version %d, you sent version %s; read it again".formatted(what, id, current, sent));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, "forbidden", "Not allowed", detail);
    }
}
