package cn.chuanyu.audit;

import java.time.Instant;

/** Which entries to list; a null criterion does not filter. {@code to} is exclusive. */
public record AuditFilter(AuditedAggregate aggregate, String aggregateId, String actor, Instant from, Instant to) {}
