package cn.chuanyu.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyRequest;

/**
 * Lets go of a client's request body that the gateway will not send on (the service failed, the body is over its limit,
 * a read is sent without one), so that the client's connection can carry the answer.
 *
 * <p>Resuming a request whose body has been read is harmless over HTTP/1.1, but over HTTP/2 Vert.x refuses it with an
 * {@code IllegalStateException} ("Request has already been read"). Vert.x's {@link ProxyRequest#release()} resumes
 * unconditionally: over HTTP/2 (Java's HttpClient speaks it by default) every upstream failure then threw before its
 * problem response was built, and the client waited for its own timeout instead of getting a 502.
 */
public final class ClientBody {

    private ClientBody() {}

    /** {@link ProxyRequest#release()} for a body in any state; the request's {@code response()} answers the client. */
    public static ProxyRequest release(ProxyRequest request) {
        if (request.proxiedRequest().isEnded()) {
            request.setBody(null);
            request.headers().clear();
            return request;
        }
        return request.release();
    }

    /** Lets the rest of the client's body flow (to whatever handler is set), unless all of it has already arrived. */
    public static void resume(HttpServerRequest request) {
        if (!request.isEnded()) {
            request.resume();
        }
    }
}
