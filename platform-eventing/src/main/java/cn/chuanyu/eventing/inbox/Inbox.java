package cn.chuanyu.eventing.inbox;

import cn.chuanyu.eventing.EventTraceContext;
import cn.chuanyu.eventing.EventingConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Applies each incoming event exactly once: the event's id is recorded in the same transaction as its effect, so a
 * redelivered event finds its id and changes nothing. An event that keeps failing is nacked, which sends it to the
 * channel's dead-letter topic with the reason, and the consumer goes on with the next one.
 *
 * <p>Events come in batches (what one poll of the broker returned) and a batch is applied in one transaction: one
 * commit, so one disk flush, for the lot instead of one per event, which is what lets a consumer keep up with a
 * producer that commits each event in its own request. If the batch fails as a whole, its events are applied one by
 * one, so that only the failing one is dead-lettered.
 *
 * <p>Use from a blocking {@code @Incoming} method: {@code return inbox.consume(batch, "board", this::apply);}. The
 * channel needs what {@link InboxChannelRules} lists; this library provides it as defaults of the smallrye-kafka
 * connector, so the channel states only its topic, {@code group.id} and {@code dead-letter-queue.topic}, and a channel
 * that overrides it wrongly stops the application at start-up.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final EventingConfig.Inbox config;

    Inbox(EntityManager entityManager, ObjectMapper objectMapper, EventingConfig config) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.config = config.inbox();
    }

    /**
     * Applies the batch's events, each once for the named consumer, in the order received; dead-letters those that are
     * poison or still fail after the configured attempts; then acknowledges the batch. Never fails the batch for one
     * event: a failed batch would send all its records to the dead-letter topic.
     */
    public CompletionStage<Void> consume(
            KafkaRecordBatch<String, String> batch, String consumer, Consumer<IncomingEvent> effect) {
        List<CompletableFuture<Void>> rejections = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                received.add(new Received(record, read(record)));
            } catch (RuntimeException e) {
                rejections.add(reject(record, consumer, e));
            }
        }
        if (!applyAllOnce(consumer, received, effect)) {
            for (Received one : received) {
                try {
                    applyOnce(consumer, one.event(), effect);
                } catch (RuntimeException e) {
                    rejections.add(reject(one.record(), consumer, e));
                }
            }
        }
        // the batch's offsets are committed only once its rejected events are on the dead-letter topic; if one
        // cannot be put there, the batch fails and the connector dead-letters all its records (nothing is lost:
        // the ones applied are ignored if replayed, the inbox has their ids)
        return CompletableFuture.allOf(rejections.toArray(CompletableFuture[]::new))
                .thenCompose(sent -> batch.ack());
    }

    /** Applies all the events in one transaction; false (and nothing applied) if any of them failed. */
    private boolean applyAllOnce(String consumer, List<Received> received, Consumer<IncomingEvent> effect) {
        if (received.isEmpty()) {
            return true;
        }
        if (received.size() == 1) {
            return false; // one by one is the same transaction, with retries
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> received.forEach(one -> {
                        recordAndApply(consumer, one.event(), effect);
                        // written and forgotten after each event: otherwise every query of a later effect would first
                        // dirty-check all the entities the batch has touched so far, a cost that grows with the square
                        // of it
                        entityManager.flush();
                        entityManager.clear();
                    }));
            return true;
        } catch (RuntimeException e) {
            LOG.infof(
                    "A batch of %d events for %s failed as a whole (%s); applying them one by one",
                    received.size(), consumer, rootMessage(e));
            return false;
        }
    }

    private static CompletableFuture<Void> reject(Message<String> record, String consumer, RuntimeException reason) {
        LOG.errorf("Event rejected by %s, sent to the dead-letter topic: %s", consumer, reason.getMessage());
        return record.nack(reason).toCompletableFuture();
    }

    private record Received(KafkaRecord<String, String> record, IncomingEvent event) {}

    /**
     * Applies the event unless this consumer already has; retries transient failures.
     *
     * @return whether the effect was applied now (false: it had been applied before)
     */
    private boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        Duration backoff = config.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> recordAndApply(consumer, event, effect));
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                // A database outage is not the event's fault: keep trying (the partition waits, order is kept)
                // rather than dead-lettering good events. Anything else is given up after maxAttempts.
                if (attempt >= config.maxAttempts() && !isTransient(e)) {
                    throw new EventApplicationFailedException(
                            "%s %s failed %d times: %s".formatted(event.type(), event.id(), attempt, rootMessage(e)),
                            e);
                }
                LOG.warnf(
                        "Attempt %d to apply %s %s failed, retrying in %s: %s",
                        attempt, event.type(), event.id(), backoff, rootMessage(e));
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private boolean recordAndApply(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        int recorded = entityManager
                .createNativeQuery("""
                insert into inbox_event (consumer, source, event_id, event_type, request_id, traceparent)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.source())
                .setParameter(3, event.id())
                .setParameter(4, event.type())
                .setParameter(5, event.requestId())
                .setParameter(6, event.traceparent())
                .executeUpdate();
        if (recorded == 0) {
            LOG.debugf("%s %s already applied by %s; ignored", event.type(), event.id(), consumer);
            return false;
        }
        try (var trace = EventTraceContext.of(event)) {
            effect.accept(event);
        }
        return true;
    }

    /**
     * Reads the CloudEvent from the record's {@code ce_*} headers itself (the connector's own CloudEvents support is
     * off): a malformed header must make a poison event, not a failed channel.
     */
    private IncomingEvent read(Message<String> message) {
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new PoisonEventException("not a Kafka record"))
                .getHeaders();
        String id = header(headers, "ce_id");
        if (!"1.0".equals(header(headers, "ce_specversion"))
                || id == null
                || header(headers, "ce_source") == null
                || header(headers, "ce_type") == null) {
            throw new PoisonEventException(
                    "not a CloudEvent 1.0: the ce_specversion, ce_id, ce_source and ce_type headers are required");
        }
        String payload = message.getPayload();
        if (payload == null) {
            throw new PoisonEventException("CloudEvent " + id + " has no data");
        }
        JsonNode data;
        try {
            data = objectMapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("CloudEvent " + id + " data is not JSON: " + e.getOriginalMessage(), e);
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("CloudEvent " + id + " data is not a JSON object");
        }
        return new IncomingEvent(
                id,
                header(headers, "ce_source"),
                header(headers, "ce_type"),
                header(headers, "ce_subject"),
                time(id, header(headers, "ce_time")),
                data,
                EventTraceContext.requestId(header(headers, "ce_requestid")),
                EventTraceContext.traceparent(header(headers, "ce_traceparent")));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static OffsetDateTime time(String id, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("CloudEvent " + id + " has a ce_time that is not RFC 3339: " + value, e);
        }
    }

    /** Failures of the infrastructure that pass by themselves; retried for as long as they last. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException
                    || t instanceof LockTimeoutException
                    || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException
                    || t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08")
                                    || sql.getSQLState().startsWith("40")
                                    || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventApplicationFailedException("interrupted while retrying", e);
        }
    }
}
