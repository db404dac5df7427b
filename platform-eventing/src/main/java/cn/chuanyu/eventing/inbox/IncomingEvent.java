package cn.chuanyu.eventing.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvent received from Kafka, with its data parsed as JSON. Consumers read the fields they need from
 * {@link #data()} (they depend on the event's schema, not on the producer's classes). {@code requestId} and
 * {@code traceparent} are the trace context of the request that caused it ({@code ce_requestid},
 * {@code ce_traceparent}), null when the producer sent none.
 */
public record IncomingEvent(
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        JsonNode data,
        String requestId,
        String traceparent) {

    /** A text field of the data that must be present; its absence makes the event a poison event. */
    public String requiredText(String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(type + " " + id + " has no text field '" + field + "'");
        }
        return value.asText();
    }

    /** A boolean field of the data that must be present; its absence makes the event a poison event. */
    public boolean requiredBoolean(String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isBoolean()) {
            throw new PoisonEventException(type + " " + id + " has no boolean field '" + field + "'");
        }
        return value.asBoolean();
    }

    /** A text field of the data that may be absent or null. */
    public String optionalText(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
