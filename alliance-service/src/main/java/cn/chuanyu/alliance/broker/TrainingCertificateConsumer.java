package cn.chuanyu.alliance.broker;

import cn.chuanyu.eventing.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the training context's certificate events, each once, into the broker roster. */
@ApplicationScoped
public class TrainingCertificateConsumer {

    static final String CONSUMER = "alliance.broker-roster";

    private final Inbox inbox;
    private final BrokerRoster roster;

    TrainingCertificateConsumer(Inbox inbox, BrokerRoster roster) {
        this.inbox = inbox;
        this.roster = roster;
    }

    @Incoming("training-certificates")
    @Blocking
    public CompletionStage<Void> onCertificateEvents(KafkaRecordBatch<String, String> events) {
        return inbox.consume(events, CONSUMER, roster::apply);
    }
}
