package cn.chuanyu.alliance.broker;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import cn.chuanyu.eventing.inbox.Inbox;

/** Consumes the training context's certificate events, each once, into the broker roster. */
@ApplicationScoped
public class TrainingCertificateEvents {

    static final String CONSUMER = "alliance.broker-roster";

    private final Inbox inbox;
    private final BrokerRoster roster;

    TrainingCertificateEvents(Inbox inbox, BrokerRoster roster) {
        this.inbox = inbox;
        this.roster = roster;
    }

    @Incoming("training-certificates")
    @Blocking
    public CompletionStage<Void> onCertificateEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, roster::apply);
    }
}
