package cn.chuanyu.alliance.offer;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.chuanyu.eventing.inbox.Inbox;

/** Consumes the conference context's intent events, each once, into the board's technology offers. */
@ApplicationScoped
public class ConferenceIntentEvents {

    static final String CONSUMER = "alliance.technology-offers";

    private final Inbox inbox;
    private final TechnologyOffers offers;

    ConferenceIntentEvents(Inbox inbox, TechnologyOffers offers) {
        this.inbox = inbox;
        this.offers = offers;
    }

    @Incoming("conference-intents")
    @Blocking
    public CompletionStage<Void> onIntentEvents(KafkaRecordBatch<String, String> events) {
        return inbox.consume(events, CONSUMER, offers::apply);
    }
}
