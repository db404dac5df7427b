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

    /**
     * Lists the intent as an offer, or updates the offer that lists it (a republished intent): one upsert, so one round
     * trip to the database, as the consumer applying hundreds of events a second waits on them.
     */
    private void list(IncomingEvent event) {
        String intentId = event.requiredText("intentId");
        Object id = TechnologyOffer.getEntityManager()
                .createNativeQuery("""
                        insert into technology_offer (id, source_type, source_id, source_link, kind, title, summary,
                            disciplines, keywords, partner_types_sought, regions_sought, offered_by, institution,
                            status, published_at, withdrawn_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as text[]), cast(?9 as text[]),
                            cast(?10 as text[]), cast(?11 as text[]), ?12, ?13, ?14, ?15, null)
                        on conflict (source_type, source_id) do update set
                            kind = excluded.kind, title = excluded.title, summary = excluded.summary,
                            disciplines = excluded.disciplines, keywords = excluded.keywords,
                            partner_types_sought = excluded.partner_types_sought,
                            regions_sought = excluded.regions_sought, offered_by = excluded.offered_by,
                            institution = excluded.institution, status = excluded.status,
                            published_at = excluded.published_at, withdrawn_at = null
                        returning id""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, SOURCE_INTENT)
                .setParameter(3, intentId)
                .setParameter(4, "/api/conference/intents/" + intentId)
                .setParameter(5, event.requiredText("kind"))
                .setParameter(6, event.requiredText("title"))
                .setParameter(7, event.requiredText("summary"))
                .setParameter(8, texts(event, "disciplines"))
                .setParameter(9, texts(event, "keywords"))
                .setParameter(10, texts(event, "partnerTypesSought"))
                .setParameter(11, texts(event, "regionsSought"))
                .setParameter(12, event.requiredText("publishedBy"))
                .setParameter(13, event.optionalText("institution"))
                .setParameter(14, OfferStatus.ACTIVE.name())
                .setParameter(15, instant(event, "publishedAt"))
                .getSingleResult();
        LOG.infof("Listed intent %s as offer %s", intentId, id);
    }

    private void withdraw(IncomingEvent event) {
        String intentId = event.requiredText("intentId");
        int withdrawn = TechnologyOffer.getEntityManager()
                .createNativeQuery("""
                        update technology_offer set status = ?1, withdrawn_at = ?2
                        where source_type = ?3 and source_id = ?4""")
                .setParameter(1, OfferStatus.WITHDRAWN.name())
                .setParameter(2, instant(event, "withdrawnAt"))
                .setParameter(3, SOURCE_INTENT)
                .setParameter(4, intentId)
                .executeUpdate();
        if (withdrawn == 0) {
            LOG.infof("Intent %s withdrawn before the board listed it; nothing to remove", intentId);
        }
    }

    private static String[] texts(IncomingEvent event, String field) {
        JsonNode array = event.data().get(field);
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values.toArray(String[]::new);
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
