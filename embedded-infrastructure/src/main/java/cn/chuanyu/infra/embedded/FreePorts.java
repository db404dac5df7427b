package cn.chuanyu.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free TCP ports for embedded servers, never the same one twice in this JVM.
 *
 * <p>Asking the OS for port 0 and closing the socket lets the next request get the very same port back (a CI run once
 * got one port for two Kafka listeners). Ports handed out are remembered, and sockets are held open while a fresh one
 * is sought, so the OS must offer another.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    /** A port free now and not handed out before by this JVM. */
    public static int next() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            while (true) {
                var socket = new ServerSocket(0);
                held.add(socket);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            held.forEach(FreePorts::closeQuietly);
        }
    }

    /** {@code port} itself if positive, otherwise {@link #next()}. */
    public static int orNext(int port) {
        return port > 0 ? port : next();
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // a listening socket that never accepted: nothing to lose
        }
    }
}
