package cn.chuanyu.web.problem;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body without a {@code Content-Type} is refused with 415 (the problem says the body must be
 * {@code application/json}). Quarkus REST would read it with the operation's {@code @Consumes} type instead: a client
 * that forgot the header would be served as if it had sent JSON, which the document does not promise and a proxy or a
 * browser form could exploit.
 */
@Provider
@PreMatching
public class BodiesCarryTheirType implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && carriesABody(request)) {
            throw new NotSupportedException();
        }
    }

    private static boolean carriesABody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
