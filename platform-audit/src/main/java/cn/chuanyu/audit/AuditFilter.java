package cn.chuanyu.audit;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which entries to list; a null criterion does not filter. {@code scope} is the aggregates' scope (see
 * {@link AuditedAggregate#scope()}), {@code zone} the actor's. {@code to} is exclusive.
 */
public record AuditFilter(
        AuditedAggregate aggregate,
        String aggregateId,
        String actor,
        Instant from,
        Instant to,
        String scope,
        String zone) {

    /**
     * The filter of a listing's query parameters as a caller sent them: an unknown aggregate type, a time that is not
     * ISO 8601 with an offset, or a range whose start is not before its end is a 400 problem (invalid-audit-filter).
     */
    public static AuditFilter of(
            AuditedAggregates aggregates,
            String aggregateType,
            String aggregateId,
            String actor,
            String from,
            String to) {
        AuditedAggregate aggregate = aggregateType == null
                ? null
                : aggregates
                        .ofType(aggregateType)
                        .orElseThrow(() -> invalid("unknown-aggregate-type", aggregateType, aggregates.types()));
        Instant since = instant(from);
        Instant until = instant(to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw invalid("audit-range-reversed", from, to);
        }
        return new AuditFilter(aggregate, aggregateId, actor, since, until, null, null);
    }

    /** This filter, narrowed to the entries of one scope (null: any). */
    public AuditFilter inScope(String scopeValue) {
        return new AuditFilter(aggregate, aggregateId, actor, from, to, scopeValue, zone);
    }

    /** This filter, narrowed to the changes of actors acting for one zone (null: any). */
    public AuditFilter byZone(String zoneCode) {
        return new AuditFilter(aggregate, aggregateId, actor, from, to, scope, zoneCode);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("invalid-audit-instant", text);
        }
    }

    private static ProblemException invalid(String detailKey, Object... args) {
        return new ProblemException(Status.BAD_REQUEST, "invalid-audit-filter", detailKey, args);
    }
}
