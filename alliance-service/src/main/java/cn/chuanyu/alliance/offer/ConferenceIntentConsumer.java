package cn.chuanyu.alliance.offer;

import cn.chuanyu.eventing.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the conference context's intent events, each once, into the board's technology offers. */
@ApplicationScoped
public class ConferenceIntentConsumer {

    static final String CONSUMER = "alliance.technology-offers";

    private final Inbox inbox;
    private final TechnologyOffers offers;

    ConferenceIntentConsumer(Inbox inbox, TechnologyOffers offers) {
        this.inbox = inbox;
        this.offers = offers;
    }

    @Incoming("conference-intents")
    @Blocking
    public CompletionStage<Void> onIntentEvents(KafkaRecordBatch<String, String> events) {
        return inbox.consume(events, CONSUMER, offers::apply);
    }
}
