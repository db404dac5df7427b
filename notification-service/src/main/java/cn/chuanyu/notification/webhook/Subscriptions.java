package cn.chuanyu.notification.webhook;

import cn.chuanyu.notification.kernel.NotificationClock;
import cn.chuanyu.notification.kernel.NotificationConfig;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Partners' webhook subscriptions; each partner sees and changes only its own (others' are answered 404). */
@ApplicationScoped
public class Subscriptions {

    private final NotificationClock clock;
    private final TargetPolicy targets;

    Subscriptions(NotificationClock clock, NotificationConfig config) {
        this.clock = clock;
        this.targets = new TargetPolicy(config.webhooks().allowPrivateTargets());
    }

    public TargetPolicy targets() {
        return targets;
    }

    @Transactional
    public WebhookSubscription create(SubscriptionRequest request, String owner) {
        targets.refusal(request.targetUrl()).ifPresent(why -> {
            throw new ProblemException(Status.BAD_REQUEST, "target-not-allowed", "target-not-allowed", why);
        });
        List<String> unknown = request.eventTypes().stream()
                .filter(type -> !EventTypes.KNOWN.contains(type))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "unknown-event-type", "unknown-event-type", String.join(", ", unknown));
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.owner = owner;
        subscription.targetUrl = request.targetUrl();
        subscription.eventTypes = new LinkedHashSet<>(request.eventTypes()).toArray(String[]::new);
        subscription.description = request.description();
        subscription.secret = WebhookSignature.newSecret();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = clock.now();
        subscription.persist();
        return subscription;
    }

    public PageOf<SubscriptionView> list(String owner, int page, int size) {
        var query = WebhookSubscription.<WebhookSubscription>find("owner = ?1 order by createdAt desc, id", owner)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count()).map(SubscriptionView::of);
    }

    public WebhookSubscription owned(UUID id, String owner) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !subscription.owner.equals(owner)) {
            throw ProblemException.notFound("subscription", id);
        }
        return subscription;
    }

    @Transactional
    public WebhookSubscription setStatus(UUID id, String owner, SubscriptionStatus status) {
        WebhookSubscription subscription = owned(id, owner);
        subscription.status = status;
        return subscription;
    }

    /** Deletes it with its delivery log; pending deliveries are dropped. */
    @Transactional
    public void delete(UUID id, String owner) {
        owned(id, owner).delete();
    }
}
