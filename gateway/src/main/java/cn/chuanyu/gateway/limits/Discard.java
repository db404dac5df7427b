package cn.chuanyu.gateway.limits;

import cn.chuanyu.gateway.ClientBody;
import io.vertx.core.http.HttpServerRequest;

/** Reads the rest of a refused request body and throws it away, closing the connection past an allowance. */
final class Discard {

    private Discard() {}

    static void rest(HttpServerRequest request, long allowance) {
        long[] read = {0};
        request.handler(chunk -> {
            read[0] += chunk.length();
            if (read[0] > allowance) {
                request.connection().close();
            }
        });
        ClientBody.resume(request);
    }
}
