package cn.chuanyu.web.problem;

import cn.chuanyu.web.problem.ProblemTexts.Term;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;

/**
 * Thrown by domain and application code to refuse a request with a specific problem type, e.g. {@code new
 * ProblemException(CONFLICT, "submission-window-closed", "call-closed", conferenceId, closesAt)}: the title is the
 * type's ({@code title.<slug>}), the detail the key's ({@code detail.<key>}) formatted with the arguments, both in the
 * caller's language (see {@link ProblemTexts}).
 */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final String slug;
    private final String detailKey;
    private final transient Object[] args;

    public ProblemException(Response.StatusType status, String slug, String detailKey, Object... args) {
        super(slug + ": " + ProblemTexts.detail(detailKey, Locale.ENGLISH, args));
        this.status = status;
        this.slug = slug;
        this.detailKey = detailKey;
        this.args = args.clone();
    }

    /** The problem in the given language. */
    public Problem problem(Locale locale) {
        return Problem.of(
                status,
                slug,
                ProblemTexts.title(slug, locale),
                ProblemTexts.detail(detailKey, locale, Arrays.copyOf(args, args.length)));
    }

    /** The problem in the default language (zh-CN). */
    public Problem problem() {
        return problem(ProblemTexts.DEFAULT);
    }

    /** {@code what} is a {@link Term} key of the service's bundle, e.g. {@code notFound("paper", id)}. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, "not-found", "not-found", new Term(what), id);
    }

    /**
     * Optimistic concurrency on an edit: the client must send back the version it read (400 without one) and it must
     * still be the current one (409 otherwise), so concurrent edits cannot overwrite each other. {@code what} is a
     * {@link Term} key.
     */
    public static void requireVersion(String what, Object id, long current, Long sent) {
        if (sent == null) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST, "version-required", "version-required", new Term(what), id);
        }
        if (sent != current) {
            throw staleVersion(what, id, current, sent);
        }
    }

    /** An update sent with a version the resource has moved past (optimistic concurrency); {@code what} is a term. */
    public static ProblemException staleVersion(String what, Object id, long current, Object sent) {
        return new ProblemException(
                Response.Status.CONFLICT,
                "concurrent-modification",
                "stale-version",
                new Term(what),
                id,
                current,
                sent);
    }

    /** {@code detailKey} says which rule refused, in the service's bundle. */
    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(Response.Status.FORBIDDEN, "forbidden", detailKey, args);
    }
}
