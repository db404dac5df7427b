package cn.chuanyu.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link FakeService} per context and points the gateway at them. Init arg {@code down}
 * names contexts whose URL is a port where nothing listens.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final List<String> CONTEXTS = List.of("conference", "alliance", "training");

    private final List<FakeService> running = new ArrayList<>();
    private Set<String> down = Set.of();

    @Override
    public void init(Map<String, String> initArgs) {
        down = Set.of(initArgs.getOrDefault("down", "").split(","));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String context : CONTEXTS) {
            config.put("chuanyu.gateway." + context + "-url", down.contains(context) ? "http://127.0.0.1:" + closedPort()
                    : startFake(context));
        }
        return config;
    }

    @Override
    public void stop() {
        running.forEach(FakeService::close);
    }

    private String startFake(String context) {
        try {
            FakeService service = new FakeService(context);
            running.add(service);
            return service.url();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port on the loopback where nothing listens (just closed; nothing else binds it this soon). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
