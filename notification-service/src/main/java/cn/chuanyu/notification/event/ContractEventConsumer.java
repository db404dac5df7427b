package cn.chuanyu.notification.event;

import cn.chuanyu.eventing.inbox.Inbox;
import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.notification.inapp.Notifications;
import cn.chuanyu.notification.rule.Message;
import cn.chuanyu.notification.rule.Rules;
import cn.chuanyu.notification.webhook.Deliveries;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every contract topic, each event applied once through the inbox: the people it concerns get their notifications (and
 * e-mails to send), and every partner subscribed to its type a webhook delivery, all in the inbox's transaction.
 */
@ApplicationScoped
public class ContractEventConsumer {

    static final String CONSUMER = "notification.contract-events";

    private final Inbox inbox;
    private final Rules rules;
    private final Notifications notifications;
    private final Deliveries deliveries;

    ContractEventConsumer(Inbox inbox, Rules rules, Notifications notifications, Deliveries deliveries) {
        this.inbox = inbox;
        this.rules = rules;
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    @Incoming("contract-events")
    @Blocking
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> events) {
        return inbox.consume(events, CONSUMER, this::apply);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(IncomingEvent event) {
        for (Message message : rules.apply(event)) {
            notifications.record(message, event.id());
        }
        deliveries.enqueue(event);
    }
}
