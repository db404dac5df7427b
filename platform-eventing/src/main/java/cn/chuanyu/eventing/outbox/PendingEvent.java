package cn.chuanyu.eventing.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(
        long id,
        UUID eventId,
        String topic,
        String aggregateId,
        String type,
        String payload,
        Instant occurredAt,
        String requestId,
        String traceparent) {}
