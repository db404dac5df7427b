package cn.chuanyu.eventing.outbox;

import java.util.Objects;

/**
 * A fact to publish: its CloudEvents type, the topic it goes to, the aggregate it is about (the Kafka key, so that one
 * aggregate's events stay in order) and its data, serialised as JSON.
 */
public record OutgoingEvent(String topic, String type, String aggregateType, String aggregateId, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(data, "data");
    }
}
