package cn.chuanyu.infra.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for embedded servers, never the same one twice in this JVM.
 *
 * <p>Ports come from below the kernel's ephemeral range ({@code net.ipv4.ip_local_port_range}): a port the OS hands out
 * for port 0 lies inside that range, so any outgoing connection of any process (Keycloak starting in parallel, a Kafka
 * client) may take it as its local port between the check here and the server's bind. A CI run lost a service that way
 * ("Port … seems to be in use"). Outside the range only an explicit bind can take a port. Ports handed out are
 * remembered, so one JVM never gets the same port twice.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 1_000;
    private static final int EPHEMERAL_LOW = ephemeralLow();

    private FreePorts() {}

    /** A port free now and not handed out before by this JVM. */
    public static int next() {
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = random.nextInt(LOWEST, EPHEMERAL_LOW);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + EPHEMERAL_LOW);
    }

    /** {@code port} itself if positive, otherwise {@link #next()}. */
    public static int orNext(int port) {
        return port > 0 ? port : next();
    }

    /** Free on the loopback and on the wildcard address (servers here bind one or the other). */
    private static boolean bindable(int port) {
        return bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                && bindable(new InetSocketAddress(port));
    }

    private static boolean bindable(InetSocketAddress address) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(address);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of the ephemeral range; Linux's default when the setting cannot be read. */
    private static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .trim();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > LOWEST + 1_000 ? low : 32_768;
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }
}
