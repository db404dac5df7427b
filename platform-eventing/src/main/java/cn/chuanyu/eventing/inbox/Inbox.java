package cn.chuanyu.eventing.inbox;

import cn.chuanyu.eventing.EventTraceContext;
import cn.chuanyu.eventing.EventingConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
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
 *
 * <p>Each event is applied in a consumer span that continues the producer's trace (the CloudEvent's
 * {@code traceparent}), so one trace runs from the request that caused the event to its effects in every consumer;
 * {@link InboxMetrics} counts what happened to it.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final EventingConfig.Inbox config;
    private final InboxMetrics metrics;
    private final Tracer tracer;
    private volatile boolean stopping;

    Inbox(
            EntityManager entityManager,
            ObjectMapper objectMapper,
            EventingConfig config,
            InboxMetrics metrics,
            Tracer tracer) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.config = config.inbox();
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /**
     * From here on, an event that cannot be applied is not the event's fault: the database, the persistence unit or the
     * container is going away under it. The batch is then left unacknowledged (its offset not committed), so the next
     * start, or another instance, gets it again; the inbox skips those of its events already applied. Without this, the
     * events of a batch in flight at shutdown failed three times in a row and went to the dead-letter topic.
     */
    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Applies the batch's events, each once for the named consumer, in the order received; dead-letters those that are
     * poison or still fail after the configured attempts; then acknowledges the batch. Never fails the batch for one
     * event: a failed batch would send all its records to the dead-letter topic.
     */
    public CompletionStage<Void> consume(
            KafkaRecordBatch<String, String> batch, String consumer, Consumer<IncomingEvent> effect) {
        // dead-lettered only once the whole batch is through: a batch left for redelivery must not have sent any
        List<Rejected> rejected = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                received.add(new Received(record, read(record)));
            } catch (RuntimeException e) {
                rejected.add(new Rejected(record, e));
            }
        }
        if (!applyAllOnce(consumer, received, effect)) {
            for (Received one : received) {
                try {
                    count(consumer, one, applyOnce(consumer, one, effect));
                } catch (ApplicationStopping e) {
                    LOG.infof(
                            "Stopping: %s left %d events of a batch unacknowledged, to be consumed again after the "
                                    + "restart (%s)",
                            consumer, received.size(), rootMessage(e));
                    return new CompletableFuture<>(); // neither acknowledged nor dead-lettered
                } catch (RuntimeException e) {
                    rejected.add(new Rejected(one.record(), e));
                }
            }
        }
        List<CompletableFuture<Void>> rejections = rejected.stream()
                .map(rejection -> reject(rejection.record(), consumer, rejection.reason()))
                .toList();
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
            List<Boolean> applied = QuarkusTransaction.requiringNew().call(() -> {
                Set<EventKey> recorded = recordAll(consumer, received);
                return received.stream()
                        .map(one -> {
                            // removed when applied: an event twice in the batch is applied the first time only
                            boolean now = applyTraced(consumer, one, () -> recorded.remove(one.key()), effect);
                            // written and forgotten after each event: otherwise every query of a later effect
                            // would first dirty-check all the entities the batch has touched so far, a cost that
                            // grows with the square of it
                            entityManager.flush();
                            entityManager.clear();
                            return now;
                        })
                        .toList();
            });
            // counted once committed: a batch that failed is applied again one by one, and counted there
            for (int i = 0; i < received.size(); i++) {
                count(consumer, received.get(i), applied.get(i));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.infof(
                    "A batch of %d events for %s failed as a whole (%s); applying them one by one",
                    received.size(), consumer, rootMessage(e));
            return false;
        }
    }

    private CompletableFuture<Void> reject(
            KafkaRecord<String, String> record, String consumer, RuntimeException reason) {
        LOG.errorf("Event rejected by %s, sent to the dead-letter topic: %s", consumer, reason.getMessage());
        metrics.deadLettered(consumer, record.getTopic());
        return record.nack(reason).toCompletableFuture();
    }

    private void count(String consumer, Received one, boolean appliedNow) {
        if (appliedNow) {
            metrics.applied(consumer, one.topic());
        } else {
            metrics.duplicateIgnored(consumer, one.topic());
        }
    }

    /** An event that failed while the application stops: left for redelivery, never dead-lettered. */
    private static final class ApplicationStopping extends RuntimeException {
        ApplicationStopping(Throwable cause) {
            super(cause);
        }
    }

    private record Rejected(KafkaRecord<String, String> record, RuntimeException reason) {}

    private record Received(KafkaRecord<String, String> record, IncomingEvent event) {
        String topic() {
            return record.getTopic();
        }

        EventKey key() {
            return new EventKey(event.source(), event.id());
        }
    }

    /** What identifies an event for the inbox, besides the consumer. */
    private record EventKey(String source, String id) {}

    /**
     * Applies the event unless this consumer already has; retries transient failures.
     *
     * @return whether the effect was applied now (false: it had been applied before)
     */
    private boolean applyOnce(String consumer, Received one, Consumer<IncomingEvent> effect) {
        IncomingEvent event = one.event();
        Duration backoff = config.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> applyTraced(
                                consumer,
                                one,
                                () -> recordAll(consumer, List.of(one)).contains(one.key()),
                                effect));
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new ApplicationStopping(e);
                }
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

    /**
     * Records the event as applied ({@code record}: false if it had been before) and, if recorded now, applies its
     * effect; both in the event's span, so that a failure to record shows there too.
     */
    private boolean applyTraced(String consumer, Received one, BooleanSupplier record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = one.event();
        Span span = startSpan(consumer, one);
        try (Scope scope = span.makeCurrent()) {
            boolean recordedNow = record.getAsBoolean();
            span.setAttribute("chuanyu.inbox.duplicate", !recordedNow);
            if (!recordedNow) {
                LOG.debugf("%s %s already applied by %s; ignored", event.type(), event.id(), consumer);
                return false;
            }
            try (var trace = EventTraceContext.of(event, span)) {
                effect.accept(event);
            }
            return true;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, rootMessage(e));
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The span of one event's application, a child of the producer's span (the request that wrote the event), named and
     * described as OpenTelemetry's messaging conventions say. Not recording, and nearly free, when tracing is off.
     */
    private Span startSpan(String consumer, Received one) {
        IncomingEvent event = one.event();
        Context parent = event.traceparent() == null
                ? Context.root()
                : Context.root().with(Span.wrap(EventTraceContext.remoteParent(event.traceparent())));
        return tracer.spanBuilder("process " + one.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", one.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_source", event.source())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
    }

    /**
     * Records the events as applied by the consumer in one statement (one round trip to the database instead of one per
     * event: a consumer waits on them, not on its CPU); returns those recorded now, the others had been applied before.
     */
    private Set<EventKey> recordAll(String consumer, List<Received> received) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        insert into inbox_event (consumer, source, event_id, event_type, request_id, traceparent)
                        select ?1, * from unnest(cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                            cast(?5 as text[]), cast(?6 as text[]))
                        on conflict do nothing
                        returning source, event_id""")
                .setParameter(1, consumer)
                .setParameter(2, column(received, IncomingEvent::source))
                .setParameter(3, column(received, IncomingEvent::id))
                .setParameter(4, column(received, IncomingEvent::type))
                .setParameter(5, column(received, IncomingEvent::requestId))
                .setParameter(6, column(received, IncomingEvent::traceparent))
                .getResultList();
        Set<EventKey> recorded = new HashSet<>();
        rows.forEach(row -> recorded.add(new EventKey((String) row[0], (String) row[1])));
        return recorded;
    }

    private static String[] column(List<Received> received, Function<IncomingEvent, String> value) {
        return received.stream().map(Received::event).map(value).toArray(String[]::new);
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
            if (t instanceof TransientFailure
                    || t instanceof SQLTransientException
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

    /** Waits before the next attempt; interrupted, the consumer is being stopped: the event is left for redelivery. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApplicationStopping(e);
        }
    }
}
