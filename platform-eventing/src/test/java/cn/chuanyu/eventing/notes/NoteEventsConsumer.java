package cn.chuanyu.eventing.notes;

import cn.chuanyu.eventing.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The test application's Kafka consumer, written as a service's: the inbox, the consumer's name and the effect. */
@ApplicationScoped
public class NoteEventsConsumer {

    public static final String CONSUMER = "eventing-test.note-copies";

    private final Inbox inbox;
    private final NoteCopies copies;

    NoteEventsConsumer(Inbox inbox, NoteCopies copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @Incoming("notes")
    @Blocking
    public CompletionStage<Void> onNoteEvents(KafkaRecordBatch<String, String> events) {
        return inbox.consume(events, CONSUMER, copies::apply);
    }
}
