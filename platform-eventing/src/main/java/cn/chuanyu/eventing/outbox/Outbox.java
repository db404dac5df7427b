package cn.chuanyu.eventing.outbox;

import cn.chuanyu.eventing.EventTraceContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Records events in the caller's transaction. Business code calls this, never Kafka: the event exists if and only if
 * the change it reports was committed, and the relay delivers it.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(
            EntityManager entityManager,
            ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Records the event; it is published once the surrounding transaction commits. Returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutgoingEvent event) {
        UUID eventId = UUID.randomUUID();
        // Ids come from a sequence at insert, not at commit: holding this aggregate's lock until commit makes its
        // events' id order their commit order, which is the order the relay publishes them in.
        entityManager
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, event.aggregateType() + ":" + event.aggregateId())
                .getSingleResult();
        entityManager
                .createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, payload,
                                          occurred_at, request_id, traceparent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, eventId)
                .setParameter(2, event.topic())
                .setParameter(3, event.aggregateType())
                .setParameter(4, event.aggregateId())
                .setParameter(5, event.type())
                .setParameter(6, toJson(event.data()))
                .setParameter(7, Instant.now())
                // the trace context of the request (put there by the web layer) or of the event being applied (by the
                // inbox); with tracing on, the traceparent is the current span's, which the consumer's span continues
                .setParameter(8, text(MDC.get(EventTraceContext.REQUEST_ID)))
                .setParameter(9, EventTraceContext.current())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return eventId;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Lets the relay publish right after the commit instead of at its next poll. */
    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
