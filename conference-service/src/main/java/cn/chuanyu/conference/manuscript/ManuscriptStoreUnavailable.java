package cn.chuanyu.conference.manuscript;

import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemTexts;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The object store did not answer, or failed on its side. Nothing the client sent is wrong and nothing changed (an
 * upload's row is committed only after its object was written), so it is a 503 with {@code Retry-After}, as when the
 * database is unreachable, and not a 500 for the operators.
 */
class ManuscriptStoreUnavailable extends RuntimeException {

    /** About the time the SDK's own retries and a restarting store need. */
    static final int RETRY_AFTER_SECONDS = 5;

    ManuscriptStoreUnavailable(Throwable cause) {
        super("the manuscripts' object store is unavailable: " + cause.getMessage(), cause);
    }

    static class Mapper {

        @ServerExceptionMapper(priority = 1)
        Response unavailable(ManuscriptStoreUnavailable e, HttpHeaders headers) {
            // one line per request, without the stack: the store's outage is the news, not our code
            Log.warnf("A request failed because the manuscripts' store is unavailable: %s", e.getCause());
            Locale language = ProblemTexts.negotiate(headers);
            Problem problem = Problem.of(
                    Status.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    ProblemTexts.title("service-unavailable", language),
                    ProblemTexts.detail("manuscript-store-unavailable", language, RETRY_AFTER_SECONDS));
            return Response.fromResponse(problem.toResponse(language))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
    }
}
