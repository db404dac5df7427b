package cn.chuanyu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who called and how. The gateway is the edge, so whatever a client put in the X-Forwarded-* headers
 * is replaced, not appended to; behind a trusted load balancer, Quarkus's {@code quarkus.http.proxy.*} settings make
 * the remote address the real client's. The service gets its own address as Host, as it would called directly: the URLs
 * it builds for clients (201 Location) come from its configured public base URL ({@code chuanyu.web.public-base-url}),
 * never from a Host header; the client's is in X-Forwarded-Host for the logs. Every other header (Authorization,
 * Accept-Language, Idempotency-Key, If-Match...) travels unchanged.
 */
class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest client = request.proxiedRequest();
        SocketAddress remote = client.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            request.putHeader("X-Forwarded-For", remote.hostAddress());
        }
        request.putHeader("X-Forwarded-Proto", client.scheme());
        HostAndPort authority = client.authority();
        if (authority != null) {
            request.putHeader("X-Forwarded-Host", authority.toString());
        } else {
            request.headers().remove("X-Forwarded-Host");
        }
        return context.sendRequest();
    }
}
