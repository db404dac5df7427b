package cn.chuanyu.training.broker;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import cn.chuanyu.eventing.inbox.Inbox;

/** Consumes the alliance's project events, each once, into brokers' practice records. */
@ApplicationScoped
public class AllianceProjectEvents {

    static final String CONSUMER = "training.broker-practice";

    private final Inbox inbox;
    private final PracticeRecords records;

    AllianceProjectEvents(Inbox inbox, PracticeRecords records) {
        this.inbox = inbox;
        this.records = records;
    }

    @Incoming("alliance-projects")
    @Blocking
    public CompletionStage<Void> onProjectEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, records::apply);
    }
}
