package cn.chuanyu.notification.webhook;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.notification.kernel.NotificationClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.UUID;

/** Partners' deliveries: one per subscription and event, stored in the inbox's transaction; their log and replays. */
@ApplicationScoped
public class Deliveries {

    private final EntityManager entityManager;
    private final NotificationClock clock;
    private final Subscriptions subscriptions;

    Deliveries(EntityManager entityManager, NotificationClock clock, Subscriptions subscriptions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.subscriptions = subscriptions;
    }

    /**
     * A delivery of the event for every subscription to its type (paused ones too: they go out after resuming). An
     * event of an internal topic (it names people) is never delivered, even to a subscription made before its type left
     * the partners' topics.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(IncomingEvent event) {
        if (!EventTypes.KNOWN.contains(event.type())) {
            return;
        }
        entityManager
                .createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_source, event_type,
                            event_subject, event_time, payload, status, next_attempt_at, created_at)
                        select gen_random_uuid(), s.id, ?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?7
                        from webhook_subscription s where ?3 = any (s.event_types)
                        on conflict (subscription_id, event_source, event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.source())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .setParameter(5, event.time() == null ? null : event.time().toInstant())
                .setParameter(6, event.data().toString())
                .setParameter(7, clock.now())
                .executeUpdate();
    }

    public PageOf<DeliveryView> log(UUID subscriptionId, String owner, DeliveryStatus status, int page, int size) {
        subscriptions.owned(subscriptionId, owner);
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery>find(
                        "subscriptionId = ?1 order by createdAt desc, id", subscriptionId)
                : WebhookDelivery.<WebhookDelivery>find(
                        "subscriptionId = ?1 and status = ?2 order by createdAt desc, id", subscriptionId, status);
        query.page(page, size);
        return new PageOf<>(query.list(), page, size, query.count()).map(DeliveryView::of);
    }

    @Transactional
    public DeliveryView replay(UUID subscriptionId, UUID deliveryId, String owner) {
        subscriptions.owned(subscriptionId, owner);
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(subscriptionId)) {
            throw ProblemException.notFound("delivery", deliveryId);
        }
        delivery.replay(clock.now());
        return DeliveryView.of(delivery);
    }

    /** Every delivery of the subscription created in [from, to): delivered, parked or pending, tried again now. */
    @Transactional
    public ReplayView replay(UUID subscriptionId, ReplayRequest request, String owner) {
        subscriptions.owned(subscriptionId, owner);
        Instant from = request.from().toInstant();
        Instant to = request.to().toInstant();
        if (!from.isBefore(to)) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-range", "invalid-range", request.from(), request.to());
        }
        int replayed = entityManager
                .createNativeQuery("""
                        update webhook_delivery set status = 'PENDING', attempts = 0, first_attempt_at = null,
                            next_attempt_at = ?1, delivered_at = null
                        where subscription_id = ?2 and created_at >= ?3 and created_at < ?4""")
                .setParameter(1, clock.now())
                .setParameter(2, subscriptionId)
                .setParameter(3, from)
                .setParameter(4, to)
                .executeUpdate();
        return new ReplayView(replayed);
    }
}
