package cn.chuanyu.alliance.offer;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.eventing.inbox.PoisonEventException;
import cn.chuanyu.web.PageOf;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
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
        UUID id = jdbc(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into technology_offer (id, source_type, source_id, source_link, kind, title, summary,
                        disciplines, keywords, partner_types_sought, regions_sought, offered_by, institution, status,
                        published_at, withdrawn_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)
                    on conflict (source_type, source_id) do update set
                        kind = excluded.kind, title = excluded.title, summary = excluded.summary,
                        disciplines = excluded.disciplines, keywords = excluded.keywords,
                        partner_types_sought = excluded.partner_types_sought, regions_sought = excluded.regions_sought,
                        offered_by = excluded.offered_by, institution = excluded.institution, status = excluded.status,
                        published_at = excluded.published_at, withdrawn_at = null
                    returning id""")) {
                upsert.setObject(1, UUID.randomUUID());
                upsert.setString(2, SOURCE_INTENT);
                upsert.setString(3, intentId);
                upsert.setString(4, "/api/conference/intents/" + intentId);
                upsert.setString(5, event.requiredText("kind"));
                upsert.setString(6, event.requiredText("title"));
                upsert.setString(7, event.requiredText("summary"));
                int column = 8;
                for (String field : List.of("disciplines", "keywords", "partnerTypesSought", "regionsSought")) {
                    upsert.setArray(column++, connection.createArrayOf("varchar", texts(event, field)));
                }
                upsert.setString(12, event.requiredText("publishedBy"));
                upsert.setString(13, event.optionalText("institution"));
                upsert.setString(14, OfferStatus.ACTIVE.name());
                upsert.setObject(15, instant(event, "publishedAt").atOffset(ZoneOffset.UTC));
                try (ResultSet listed = upsert.executeQuery()) {
                    listed.next();
                    return listed.getObject(1, UUID.class);
                }
            }
        });
        LOG.infof("Listed intent %s as offer %s", intentId, id);
    }

    private void withdraw(IncomingEvent event) {
        String intentId = event.requiredText("intentId");
        OffsetDateTime withdrawnAt = instant(event, "withdrawnAt").atOffset(ZoneOffset.UTC);
        int withdrawn = jdbc(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update technology_offer set status = ?, withdrawn_at = ?
                    where source_type = ? and source_id = ?""")) {
                update.setString(1, OfferStatus.WITHDRAWN.name());
                update.setObject(2, withdrawnAt);
                update.setString(3, SOURCE_INTENT);
                update.setString(4, intentId);
                return update.executeUpdate();
            }
        });
        if (withdrawn == 0) {
            LOG.infof("Intent %s withdrawn before the board listed it; nothing to remove", intentId);
        }
    }

    /** Runs statements on the transaction's connection. */
    private <T> T jdbc(ReturningWork<T> work) {
        return TechnologyOffer.getEntityManager().unwrap(Session.class).doReturningWork(work);
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
