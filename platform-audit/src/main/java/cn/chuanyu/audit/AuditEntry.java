package cn.chuanyu.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of one aggregate in the audit trail (留痕). */
@Schema(description = "A change of one aggregate: who, when, in which request, and the fields it changed")
public record AuditEntry(
        @Schema(
                description = "the revision (one per transaction; a transaction may change several aggregates)",
                example = "42",
                required = true)
        long revision,

        @Schema(
                description = "when the change was made (in its transaction)",
                example = "2026-12-06T08:30:00Z",
                required = true)
        Instant at,

        @Schema(
                description = "the account that made it (token principal name), or system for scheduled "
                        + "jobs and event consumers",
                example = "admin.zhang",
                required = true)
        String actor,

        @Schema(
                description = "the actor's roles at the time, sorted",
                example = "[\"training-admin\"]",
                required = true)
        List<String> roles,

        @Schema(
                description = "the zone the actor acted for (a zone officer's, from their token), null when none",
                example = "luzhou",
                nullable = true)
        String zone,

        @Schema(
                description = "what the record belongs to in this service's scopes (conference-service: the "
                        + "conference's id; alliance-service: the owning zone's code), null for a record outside "
                        + "any (training-service has none)",
                example = "7d1f1c0e-2a47-4b5e-9a0e-1b7f3c2d4e5f",
                nullable = true)
        String scope,

        @Schema(
                description = "the request's id (X-Request-Id), null for a change without a request",
                example = "9f1c2a4e-3b7d-4e0a-8c55-1d2e3f4a5b6c",
                nullable = true)
        String requestId,

        @Schema(
                description = "the request's W3C traceparent, null when it came without one",
                example = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                nullable = true)
        String traceparent,

        @Schema(description = "what the change did", required = true)
        AuditAction action,

        @Schema(description = "the kind of aggregate", example = "Enrolment", required = true)
        String aggregateType,

        @Schema(
                description = "the aggregate's id (a composite key's parts joined by /)",
                example = "3f0e8a52-8d7b-4c1e-9a4f-2b6c1d0e5f77",
                required = true)
        String aggregateId,

        @Schema(
                description = "CREATED: the initial values (the fields set); UPDATED: the fields changed, "
                        + "compared with the aggregate's previous revision; DELETED: the values it had",
                required = true)
        List<FieldChange> changes) {}
