package cn.chuanyu.training.broker;

import cn.chuanyu.eventing.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the alliance's project events, each once, into brokers' practice records. */
@ApplicationScoped
public class AllianceProjectConsumer {

    static final String CONSUMER = "training.broker-practice";

    private final Inbox inbox;
    private final PracticeRecords records;

    AllianceProjectConsumer(Inbox inbox, PracticeRecords records) {
        this.inbox = inbox;
        this.records = records;
    }

    @Incoming("alliance-projects")
    @Blocking
    public CompletionStage<Void> onProjectEvents(KafkaRecordBatch<String, String> events) {
        return inbox.consume(events, CONSUMER, records::apply);
    }
}
