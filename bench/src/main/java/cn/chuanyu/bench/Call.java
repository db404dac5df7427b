package cn.chuanyu.bench;

import java.util.function.Supplier;

/**
 * One HTTP request to send.
 *
 * @param method GET or POST
 * @param url absolute URL, query included (already percent-encoded)
 * @param token bearer token, or null for an anonymous call
 * @param jsonBody request body (sent as application/json), or null
 * @param accept the Accept header: application/json unless the endpoint answers something else (a PDF, a page)
 */
record Call(String method, String url, String token, String jsonBody, String accept) {

    static final String JSON = "application/json";

    static Call get(String url) {
        return new Call("GET", url, null, null, JSON);
    }

    /** A read as a signed-in user, of what the endpoint produces ({@code accept}). */
    static Call get(String url, String token, String accept) {
        return new Call("GET", url, token, null, accept);
    }

    static Call post(String url, String token, String jsonBody) {
        return new Call("POST", url, token, jsonBody, JSON);
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
