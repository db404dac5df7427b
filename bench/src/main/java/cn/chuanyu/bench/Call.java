package cn.chuanyu.bench;

import java.util.function.Supplier;

/**
 * One HTTP request to send.
 *
 * @param method GET or POST
 * @param url absolute URL, query included (already percent-encoded)
 * @param token bearer token, or null for an anonymous call
 * @param jsonBody request body (sent as application/json), or null
 */
record Call(String method, String url, String token, String jsonBody) {

    static Call get(String url) {
        return new Call("GET", url, null, null);
    }

    static Call post(String url, String token, String jsonBody) {
        return new Call("POST", url, token, jsonBody);
    }

    /**
     * What a scenario sends to one endpoint by one route; asked for each request, so it may vary (a random certificate,
     * a new intent).
     *
     * @param endpoint e.g. "board search"
     * @param route "direct" (the service's own port) or "gateway"
     */
    record Target(String endpoint, String route, Supplier<Call> calls) {

        String name() {
            return endpoint + " · " + route;
        }
    }
}
