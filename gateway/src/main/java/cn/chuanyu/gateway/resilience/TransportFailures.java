package cn.chuanyu.gateway.resilience;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** How an upstream call failed before an answer arrived. */
public final class TransportFailures {

    private TransportFailures() {}

    /** The upstream stayed silent too long (connecting or answering): it may still be working on the request. */
    public static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
    }

    /** The upstream refused the connection: the request never left the gateway, so another instance may take it. */
    public static boolean neverSent(Throwable failure) {
        return failure instanceof ConnectException && !(failure instanceof ConnectTimeoutException);
    }
}
