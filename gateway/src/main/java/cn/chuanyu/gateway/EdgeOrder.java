package cn.chuanyu.gateway;

import io.quarkus.vertx.http.runtime.RouteConstants;

/**
 * Where the gateway's own handlers sit on Quarkus's router. Quarkus's security filters run at negative orders
 * (authentication -200, authorization -100); routes run in ascending order.
 */
public final class EdgeOrder {

    /** First: every answer, even a refusal, gets its request id, trace context and access log line. */
    public static final int TRACING = -1300;

    /** Security and CORS headers on every answer; CORS preflights answered here. */
    public static final int RESPONSE_HEADERS = -1200;

    /** Request lines and header sections over the documented limits: the HTTP layer's refusals, as problems. */
    public static final int HTTP_LAYER = -1150;

    /** A declared body over the limit is refused before the token is checked. */
    public static final int BODY_SIZE = -1100;

    /** After authentication, whose token subject is the client's key. */
    public static final int RATE_LIMIT = 500;

    /** After Quarkus's authentication and authorization, before its REST routes. */
    public static final int PROXY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private EdgeOrder() {}
}
