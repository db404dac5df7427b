package cn.chuanyu.alliance.offer;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.eventing.inbox.PoisonEventException;
import cn.chuanyu.web.PageOf;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Keeps the board's technology offers in step with the events of the contexts that publish them. */
@ApplicationScoped
public class TechnologyOffers {

    static final String INTENT_PUBLISHED = "cn.chuanyu.conference.intent.published.v1";
    static final String INTENT_WITHDRAWN = "cn.chuanyu.conference.intent.withdrawn.v1";
    static final String SOURCE_INTENT = "conference-intent";
    private static final Logger LOG = Logger.getLogger(TechnologyOffers.class);

    /** Applies one event; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case INTENT_PUBLISHED -> list(event);
            case INTENT_WITHDRAWN -> withdraw(event);
            default -> LOG.debugf("Ignoring %s: not an event the board lists", event.type());
        }
    }

    public PageOf<TechnologyOffer> active(int page, int size) {
        var query = TechnologyOffer.<TechnologyOffer>find(
                        "status = ?1 order by publishedAt desc, id", OfferStatus.ACTIVE)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    private void list(IncomingEvent event) {
        String intentId = event.requiredText("intentId");
        TechnologyOffer offer = TechnologyOffer.find("sourceType = ?1 and sourceId = ?2", SOURCE_INTENT, intentId)
                .firstResult();
        if (offer == null) {
            offer = new TechnologyOffer();
            offer.id = UUID.randomUUID();
            offer.sourceType = SOURCE_INTENT;
            offer.sourceId = intentId;
            offer.sourceLink = "/api/conference/intents/" + intentId;
        }
        offer.kind = event.requiredText("kind");
        offer.title = event.requiredText("title");
        offer.summary = event.requiredText("summary");
        offer.disciplines = texts(event, "disciplines");
        offer.keywords = texts(event, "keywords");
        offer.partnerTypesSought = texts(event, "partnerTypesSought");
        offer.regionsSought = texts(event, "regionsSought");
        offer.offeredBy = event.requiredText("publishedBy");
        offer.institution = event.optionalText("institution");
        offer.publishedAt = instant(event, "publishedAt");
        offer.status = OfferStatus.ACTIVE;
        offer.withdrawnAt = null;
        offer.persist();
        LOG.infof("Listed intent %s as offer %s", intentId, offer.id);
    }

    private void withdraw(IncomingEvent event) {
        String intentId = event.requiredText("intentId");
        TechnologyOffer offer = TechnologyOffer.find("sourceType = ?1 and sourceId = ?2", SOURCE_INTENT, intentId)
                .firstResult();
        if (offer == null) {
            LOG.infof("Intent %s withdrawn before the board listed it; nothing to remove", intentId);
            return;
        }
        offer.status = OfferStatus.WITHDRAWN;
        offer.withdrawnAt = instant(event, "withdrawnAt");
    }

    private static List<String> texts(IncomingEvent event, String field) {
        JsonNode array = event.data().get(field);
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static Instant instant(IncomingEvent event, String field) {
        String text = event.requiredText(field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(
                    event.type() + " " + event.id() + ": " + field + " is not an instant: " + text, e);
        }
    }
}
