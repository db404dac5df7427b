package cn.chuanyu.web.idempotency;

import cn.chuanyu.web.idempotency.IdempotencyStore.Fingerprint;
import cn.chuanyu.web.idempotency.IdempotencyStore.FirstAnswer;
import cn.chuanyu.web.problem.ProblemException;
import cn.chuanyu.web.problem.ProblemMappers;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.annotation.Priority;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Exactly-once POSTs with an {@code Idempotency-Key} header (IETF httpapi draft): the same key, from the same caller,
 * with the same method, path and body within 24 hours answers the first result (status, Location, body, media type;
 * marked {@value #REPLAYED}) without running the effect again; the same key with another request is a 422 problem.
 *
 * <p>How: the request filter begins the JTA transaction that the resource's {@code @Transactional} service then joins,
 * and first inserts the key's row into it. The response filter stores the answer in that row and commits, so the key,
 * the effect, its outbox events and the answer commit together, before the client sees anything: a client that lost the
 * answer (502/504, a crash after the commit) gets it on retry. A concurrent duplicate's insert waits on the first one's
 * uncommitted row and then reads its answer. An answer of 400 or more rolls everything back, key included, so a retry
 * runs again (the draft's advice for errors). Without the header, or for other methods, nothing changes.
 *
 * <p>Only for a service with a PostgreSQL data source (a build-time condition, so the gateway, which has none, does not
 * get it) and only for blocking resource methods (a transaction belongs to a worker thread); the services have no other
 * kind of POST.
 */
@Provider
@Priority(Priorities.USER + 1000)
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Marks an answer that repeats the first one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Whether the current transaction holds an idempotency key (see {@link FlushBeforeTheAnswer}). */
    static final Object CLAIMED = IdempotencyFilter.class.getName() + ".claimed";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    /** 422 (RFC 9110), the draft's answer to a key reused for another request; Jakarta REST 3.1 has no constant. */
    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

    private final IdempotencyStore store;
    private final TransactionManager transactions;
    private final TransactionSynchronizationRegistry registry;
    private final ObjectMapper json;
    private final HttpHeaders headers;

    IdempotencyFilter(
            IdempotencyStore store,
            TransactionManager transactions,
            TransactionSynchronizationRegistry registry,
            ObjectMapper json,
            HttpHeaders headers) {
        this.store = store;
        this.transactions = transactions;
        this.registry = registry;
        this.json = json;
        this.headers = headers;
    }

    /** The claim of this request: its fingerprint and the transaction it was made in. */
    private record Claim(Fingerprint request, Transaction transaction) {}

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> values = request.getHeaders().get(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || values == null || values.isEmpty()) {
            return;
        }
        String key = IdempotencyKey.parse(values);
        if (!BlockingOperationControl.isBlockingAllowed()) {
            LOG.errorf(
                    "%s on %s is not honoured: the resource method does not run on a worker thread",
                    HEADER, request.getUriInfo().getPath());
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        Fingerprint fingerprint =
                new Fingerprint(caller(request), key, request.getMethod(), target(request), sha256(body));
        store.cleanUpNowAndThen();
        Optional<FirstAnswer> first = claim(fingerprint);
        if (first.isEmpty()) {
            request.setProperty(CLAIM, new Claim(fingerprint, currentTransaction()));
            return;
        }
        FirstAnswer answer = first.get();
        if (!answer.sameRequest()) {
            throw new ProblemException(UNPROCESSABLE_CONTENT, "idempotency-key-reused", "idempotency-key-reused");
        }
        if (answer.status() == null) {
            // cannot be seen committed (the answer is stored before the commit); refuse rather than guess
            throw new ProblemException(Response.Status.CONFLICT, "concurrent-modification", "concurrent-change");
        }
        LOG.debugf("%s %s answered again for %s", HEADER, key, fingerprint.target());
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.location() != null) {
            replay.location(URI.create(answer.location()));
        }
        if (answer.body() != null) {
            replay.entity(answer.body()).type(answer.contentType());
        }
        request.abortWith(replay.build());
    }

    private Optional<FirstAnswer> claim(Fingerprint fingerprint) {
        try {
            transactions.begin();
            registry.putResource(CLAIMED, Boolean.TRUE);
            Optional<FirstAnswer> first = store.claim(fingerprint);
            if (first.isPresent()) {
                transactions.rollback(); // the first request's row stays as it is
            }
            return first;
        } catch (Exception e) {
            rollbackQuietly();
            throw e instanceof RuntimeException runtime ? runtime : new IdempotencyFailure(e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (!claim.transaction().equals(currentTransaction())) {
            // never expected: the whole chain of a blocking method runs on one worker thread
            LOG.errorf(
                    "The transaction of %s %s is not the thread's any more",
                    HEADER, claim.request().key());
        }
        if (response.getStatus() >= 400) {
            rollbackQuietly();
            return;
        }
        try {
            MediaType type = response.getEntity() == null ? null : mediaType(response);
            byte[] body = bytes(response.getEntity());
            URI location = response.getLocation();
            store.answer(
                    claim.request(),
                    response.getStatus(),
                    type == null ? null : type.toString(),
                    location == null ? null : location.toString(),
                    body);
            transactions.commit();
            if (body != null) {
                // the very bytes a retry will get
                response.setEntity(body, response.getEntityAnnotations(), type);
            }
        } catch (Exception e) {
            // the commit (the effect's deferred checks, the database gone) or the answer failed: nothing happened
            rollbackQuietly();
            replace(response, new ProblemMappers().unexpected(e, headers));
        }
    }

    private static MediaType mediaType(ContainerResponseContext response) {
        return response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }

    private static void replace(ContainerResponseContext response, Response problem) {
        response.setStatus(problem.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        problem.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(problem.getEntity(), response.getEntityAnnotations(), problem.getMediaType());
    }

    private Transaction currentTransaction() {
        try {
            return transactions.getTransaction();
        } catch (SystemException e) {
            throw new IdempotencyFailure(e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.warnf("Could not roll back the transaction of an %s: %s", HEADER, e);
        }
    }

    /** Keys are per caller: the token's principal (its subject or user name), or one scope for anonymous callers. */
    private static String caller(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null
                ? null
                : request.getSecurityContext().getUserPrincipal();
        return principal == null || principal.getName() == null ? "" : principal.getName();
    }

    private static String target(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A failure of the key's bookkeeping; its cause (e.g. the database unreachable) decides the problem. */
    static final class IdempotencyFailure extends RuntimeException {
        IdempotencyFailure(Throwable cause) {
            super(cause);
        }
    }
}
