package cn.chuanyu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A person reading their notifications: the first page of {@code /mine} (20, newest first, rendered in zh-CN) and the
 * unread count a page header shows, direct on notification-service and through the gateway, as the zone officer the
 * latency scenario notified (so the list is long: every matching intent of the run adds one); and marking notifications
 * read ({@code POST /{id}/read}) through the gateway, each request a different one of theirs.
 */
final class NotificationReads {

    static final String LIST = "notification list";
    static final String UNREAD = "unread count";
    static final String MARK_READ = "mark read";

    private final Platform platform;
    private final String token;

    NotificationReads(Platform platform, String token) {
        this.platform = platform;
        this.token = token;
    }

    /** The endpoint direct and through the gateway: same path and query. */
    List<Call.Target> targets(String endpoint) {
        String path = LIST.equals(endpoint)
                ? NotificationLatency.MINE + "?size=20"
                : NotificationLatency.MINE + "/unread-count";
        return List.of(
                new Call.Target(
                        endpoint,
                        "direct",
                        () -> Call.get(platform.url("notification-service") + path, token, Call.JSON)),
                new Call.Target(
                        endpoint, "gateway", () -> Call.get(platform.url(Platform.GATEWAY) + path, token, Call.JSON)));
    }

    /**
     * Marks the person's unread notifications read, one per request, in the order of their list (the newest {@code n}
     * or more); repeats from the start if the run needs more (marking again changes nothing).
     */
    Call.Target markRead(int n) throws Exception {
        List<String> ids = new ArrayList<>();
        var rest = new Rest();
        for (int page = 0; ids.size() < n; page++) {
            Rest.Answer answer = rest.get(
                    platform.url(Platform.GATEWAY) + NotificationLatency.MINE + "?unread=true&size=100&page=" + page,
                    token,
                    Call.JSON);
            JsonNode items = answer.json().path("items");
            if (answer.status() != 200 || items.isEmpty()) {
                break;
            }
            items.forEach(item -> ids.add(item.path("id").asText()));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the officer has no unread notification to mark read");
        }
        AtomicInteger next = new AtomicInteger();
        String base = platform.url(Platform.GATEWAY) + "/api/notifications/notifications/";
        return new Call.Target(
                MARK_READ,
                "gateway",
                () -> new Call(
                        "POST", base + ids.get(next.getAndIncrement() % ids.size()) + "/read", token, null, Call.JSON));
    }
}
