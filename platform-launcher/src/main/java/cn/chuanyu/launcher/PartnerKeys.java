package cn.chuanyu.launcher;

import cn.chuanyu.infra.embedded.PartnerTokenValidation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the broker's copy of the realm's signing keys (its JWKS) current: once when Keycloak is ready, then every few
 * minutes, so a key Keycloak rotates in is trusted soon after. The broker starts before Keycloak is up (it is the
 * slowest part of the platform) and reads the file again whenever it changes; until the first copy no partner token
 * passes, which is the same as Keycloak being away.
 */
final class PartnerKeys implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerKeys.class);
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final URI jwks;
    private final PartnerTokenValidation validation;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "partner-keys");
        t.setDaemon(true);
        return t;
    });

    PartnerKeys(String realmUrl, PartnerTokenValidation validation) {
        this.jwks = URI.create(realmUrl + "/protocol/openid-connect/certs");
        this.validation = validation;
    }

    /** Copies the keys now (Keycloak must be ready) and keeps them current. */
    void start() throws IOException, InterruptedException {
        copy();
        refresher.scheduleWithFixedDelay(this::refresh, REFRESH.toSeconds(), REFRESH.toSeconds(), TimeUnit.SECONDS);
    }

    private void copy() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(jwks).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"keys\"")) {
            throw new IOException("Keycloak's JWKS " + jwks + " answered " + response.statusCode());
        }
        validation.updateKeys(response.body());
    }

    private void refresh() {
        try {
            copy();
        } catch (IOException e) {
            LOG.warn("Cannot refresh the realm's keys for Kafka ({}); the broker keeps the last ones", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
