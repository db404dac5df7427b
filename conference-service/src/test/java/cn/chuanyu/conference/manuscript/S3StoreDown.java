package cn.chuanyu.conference.manuscript;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** The service with {@code store=s3} at a loopback port where nothing listens: the store is down. */
public class S3StoreDown implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "chuanyu.conference.manuscripts.store", "s3",
                "chuanyu.conference.manuscripts.s3.endpoint", "http://127.0.0.1:" + closedPort(),
                "chuanyu.conference.manuscripts.s3.bucket", S3ProxyServer.BUCKET,
                "chuanyu.conference.manuscripts.s3.access-key-id", S3ProxyServer.ACCESS_KEY,
                "chuanyu.conference.manuscripts.s3.secret-access-key", S3ProxyServer.SECRET_KEY);
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // closed again on return
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
