package cn.chuanyu.alliance.broker;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.eventing.inbox.PoisonEventException;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The alliance's roster of certified technology brokers, kept in step with the training context's certificate events.
 * Signing a project asks it whether a broker is certified today.
 */
@ApplicationScoped
public class BrokerRoster {

    static final String ISSUED = "cn.chuanyu.training.certificate.issued.v1";
    static final String REVOKED = "cn.chuanyu.training.certificate.revoked.v1";
    private static final Logger LOG = Logger.getLogger(BrokerRoster.class);

    /** Applies one certificate event; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case ISSUED -> issued(event);
            case REVOKED -> revoked(event);
            default -> LOG.debugf("Ignoring %s: not a certificate fact the roster keeps", event.type());
        }
    }

    /**
     * The broker holding certificate {@code number}, if certified on {@code day}; otherwise a problem saying why not.
     */
    public CertifiedBroker requireCertified(String number, LocalDate day) {
        CertifiedBroker broker =
                CertifiedBroker.find("certificateNumber", number).firstResult();
        if (broker == null || broker.issuedOn == null) {
            throw notCertified("broker-not-on-roster", number);
        }
        if (broker.revokedAt != null) {
            throw notCertified("broker-revoked", number, broker.holderName, broker.revocationReason);
        }
        if (!broker.certifiedOn(day)) {
            throw notCertified(
                    "broker-not-valid-on", number, broker.holderName, broker.issuedOn, broker.expiresOn, day);
        }
        return broker;
    }

    /** Brokers certified on {@code day}, by name. */
    public PageOf<CertifiedBroker> certified(LocalDate day, int page, int size) {
        var query = CertifiedBroker.<CertifiedBroker>find(
                        "issuedOn <= ?1 and expiresOn >= ?1 and revokedAt is null "
                                + "order by holderName, certificateNumber",
                        day)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    private void issued(IncomingEvent event) {
        CertifiedBroker broker = findOrNew(event);
        JsonNode holder = event.data().path("holder");
        broker.holderSubject = text(event, holder, "subject");
        broker.holderName = text(event, holder, "name");
        broker.level = event.requiredText("level");
        broker.issuedOn = date(event, "issuedOn");
        broker.expiresOn = date(event, "expiresOn");
        broker.persist();
    }

    private void revoked(IncomingEvent event) {
        CertifiedBroker broker = findOrNew(event);
        broker.revokedAt = instant(event, "revokedAt");
        broker.revocationReason = event.requiredText("reason");
        broker.persist();
    }

    private static CertifiedBroker findOrNew(IncomingEvent event) {
        UUID id = uuid(event, "certificateId");
        CertifiedBroker broker = CertifiedBroker.findById(id);
        if (broker == null) {
            broker = new CertifiedBroker();
            broker.certificateId = id;
        }
        broker.certificateNumber = event.requiredText("certificateNumber");
        return broker;
    }

    private static ProblemException notCertified(String detailKey, Object... args) {
        return new ProblemException(Status.CONFLICT, "broker-not-certified", detailKey, args);
    }

    private static String text(IncomingEvent event, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(
                    event.type() + " " + event.id() + " has no text field 'holder." + field + "'");
        }
        return value.asText();
    }

    private static UUID uuid(IncomingEvent event, String field) {
        try {
            return UUID.fromString(event.requiredText(field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": '" + field + "' is not a UUID");
        }
    }

    private static LocalDate date(IncomingEvent event, String field) {
        try {
            return LocalDate.parse(event.requiredText(field));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": '" + field + "' is not a date");
        }
    }

    private static Instant instant(IncomingEvent event, String field) {
        try {
            return OffsetDateTime.parse(event.requiredText(field)).toInstant();
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": '" + field + "' is not a date-time");
        }
    }
}
