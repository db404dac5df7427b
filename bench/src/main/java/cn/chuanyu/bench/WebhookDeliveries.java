package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's signed webhook, end to end: the partner (client chuanyu-partner's service account, role partner)
 * subscribes an HTTP endpoint of this process (JDK {@code com.sun.net.httpserver}) to
 * {@value EventLatency#INTENT_PUBLISHED} through the gateway; OFFER intents are POSTed through the gateway at a
 * constant rate; every delivery is checked as a partner would (Standard Webhooks: {@code webhook-signature} v1 = base64
 * HMAC-SHA256 of {@code webhook-id.webhook-timestamp.body} keyed with the base64 after {@code whsec_}, the timestamp
 * within 5 minutes) and answered 204; its intent (the body's {@code intentId}) is then seen. Figures: commit → delivery
 * received, deliveries per second, duplicates (a {@code webhook-id} received again), missing (an intent created and
 * never delivered within the grace period), bad signatures.
 *
 * <p>notification-service refuses loopback and private targets unless {@code allow-private-targets} (its tests set it
 * in their profile; bench/run sets {@code CHUANYU_NOTIFICATION_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true}).
 */
final class WebhookDeliveries implements AutoCloseable {

    static final String SUBSCRIPTIONS = "/api/notifications/webhooks";
    private static final long TOLERANCE_SECONDS = 300;

    record Result(
            double rate,
            RunResult posts,
            RunResult commitToReceived,
            RunResult requestToReceived,
            long created,
            long received,
            long delivered,
            long duplicates,
            long missing,
            long badSignatures,
            long others,
            double deliveriesPerSecond,
            double seconds) {}

    private final Platform platform;
    private final Rest rest = new Rest();
    private final HttpServer server;
    private final Map<String, Integer> byWebhookId = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private final AtomicLong firstNanos = new AtomicLong();
    private final AtomicLong lastNanos = new AtomicLong();
    private volatile FollowedWrites writes = new FollowedWrites();
    private String partnerToken;
    private String subscription;
    private byte[] key;

    WebhookDeliveries(Platform platform) throws IOException {
        this.platform = platform;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            long at = System.nanoTime();
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            receive(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8),
                    at);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** Subscribes the receiver as the partner; the secret is shown this once. */
    void subscribe() throws Exception {
        partnerToken = platform.clientToken("chuanyu-partner");
        String target = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        Rest.Answer created = rest.postJson(
                platform.url(Platform.GATEWAY) + SUBSCRIPTIONS,
                partnerToken,
                Map.of(
                        "targetUrl",
                        target,
                        "eventTypes",
                        List.of(EventLatency.INTENT_PUBLISHED),
                        "description",
                        "压测：橄榄枝发布推送"));
        if (created.status() != 201) {
            throw new IllegalStateException("subscribing " + target + " was answered " + created.status() + " "
                    + created.text() + " (a loopback receiver needs CHUANYU_NOTIFICATION_WEBHOOKS_ALLOW_PRIVATE_TARGETS"
                    + "=true in notification-service's environment: bench/run sets it)");
        }
        subscription = created.createdId();
        String secret = created.json().path("secret").asText();
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** Intents at {@code rate} for {@code duration}, each followed until delivered (at most {@code grace} after). */
    Result run(Sender http, String researcherToken, double rate, Duration duration, Duration grace) {
        writes = new FollowedWrites();
        byWebhookId.clear();
        received.set(0);
        badSignatures.set(0);
        firstNanos.set(0);
        OpenLoop.Outcome posts = writes.send(
                http,
                "intent POST (delivered to the webhook)",
                Offers.posts(platform.url(Platform.GATEWAY), researcherToken, "成果转化", "推送压测"),
                rate,
                duration);
        writes.awaitSeen(grace);
        double seconds = duration.toNanos() / 1e9;
        long duplicates = byWebhookId.values().stream().mapToLong(n -> n - 1L).sum();
        double span = (lastNanos.get() - firstNanos.get()) / 1e9;
        return new Result(
                rate,
                posts.results().get(0),
                writes.commitToSeen("commit → delivery received", rate, seconds),
                writes.requestToSeen("request → delivery received", rate, seconds),
                writes.created(),
                received.get(),
                writes.seenCount(),
                duplicates,
                writes.pendingIds().size(),
                badSignatures.get(),
                writes.others(),
                byWebhookId.size() < 2 || span <= 0 ? 0 : LatencyStats.round((byWebhookId.size() - 1) / span, 1),
                seconds);
    }

    private void receive(String id, String timestamp, String signature, String body, long at) {
        received.incrementAndGet();
        firstNanos.compareAndSet(0, at);
        lastNanos.set(at);
        if (!verified(key, id, timestamp, signature, body, System.currentTimeMillis() / 1000)) {
            badSignatures.incrementAndGet();
            return;
        }
        if (byWebhookId.merge(id, 1, Integer::sum) > 1) {
            return; // a duplicate: a partner de-duplicates on webhook-id
        }
        try {
            JsonNode data = Rest.JSON.readTree(body);
            writes.seen(data.path("intentId").asText(), at);
        } catch (IOException e) {
            badSignatures.incrementAndGet();
        }
    }

    /**
     * Standard Webhooks, checked from the specification as a partner would (not with the service's code): one of the
     * space-separated {@code v1,<base64>} signatures is the HMAC-SHA256 of {@code id.timestamp.body}, and the timestamp
     * is within {@value #TOLERANCE_SECONDS} s of {@code nowSeconds} (a replayed old delivery is refused).
     */
    static boolean verified(byte[] key, String id, String timestamp, String signature, String body, long nowSeconds) {
        if (id == null || timestamp == null || signature == null || key == null) {
            return false;
        }
        try {
            long sent = Long.parseLong(timestamp);
            if (Math.abs(nowSeconds - sent) > TOLERANCE_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : signature.split(" ")) {
                String[] parts = candidate.split(",", 2);
                if (parts.length == 2
                        && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Deletes the subscription (with its delivery log) and stops the receiver. */
    @Override
    public void close() throws Exception {
        try {
            if (subscription != null) {
                rest.delete(platform.url(Platform.GATEWAY) + SUBSCRIPTIONS + "/" + subscription, partnerToken);
            }
        } finally {
            server.stop(0);
        }
    }

    /** The figures for the report's JSON. */
    static Map<String, Object> summary(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventRate", r.rate());
        m.put("seconds", r.seconds());
        m.put("postsAchievedRate", r.posts().achievedRate());
        m.put("created", r.created());
        m.put("delivered", r.delivered());
        m.put("received", r.received());
        m.put("duplicates", r.duplicates());
        m.put("missing", r.missing());
        m.put("badSignatures", r.badSignatures());
        m.put("otherEvents", r.others());
        m.put("deliveriesPerSecond", r.deliveriesPerSecond());
        m.put("commitToReceivedP50Ms", r.commitToReceived().p50Ms());
        m.put("commitToReceivedP99Ms", r.commitToReceived().p99Ms());
        m.put("commitToReceivedMaxMs", r.commitToReceived().maxMs());
        return m;
    }
}
