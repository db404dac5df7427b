package cn.chuanyu.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts a {@link FakeService} per context and points the gateway at them; {@code fake.<context>.control-url} is where
 * a test controls one. Init arg {@code down} names contexts whose URL is a port where nothing listens; {@code twice}
 * names contexts that get two instances (the second controlled at {@code fake.<context>.2.control-url}).
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final List<String> CONTEXTS = List.of("conference", "alliance", "training", "notifications");

    private final List<FakeService> running = new ArrayList<>();
    private Set<String> down = Set.of();
    private Set<String> twice = Set.of();

    @Override
    public void init(Map<String, String> initArgs) {
        down = Set.of(initArgs.getOrDefault("down", "").split(","));
        twice = Set.of(initArgs.getOrDefault("twice", "").split(","));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String context : CONTEXTS) {
            if (down.contains(context)) {
                config.put("chuanyu.gateway." + context + "-url", "http://127.0.0.1:" + closedPort());
            } else {
                FakeService fake = startFake(context);
                config.put("chuanyu.gateway." + context + "-url", fake.url());
                config.put("fake." + context + ".control-url", fake.controlUrl());
                if (twice.contains(context)) {
                    FakeService second = startFake(context);
                    config.put("chuanyu.gateway." + context + "-url", fake.url() + "," + second.url());
                    config.put("fake." + context + ".2.control-url", second.controlUrl());
                }
            }
        }
        return config;
    }

    @Override
    public void stop() {
        running.forEach(FakeService::close);
    }

    private FakeService startFake(String context) {
        try {
            FakeService service = new FakeService(context);
            running.add(service);
            return service;
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
