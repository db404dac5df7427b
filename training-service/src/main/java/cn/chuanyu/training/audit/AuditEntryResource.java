package cn.chuanyu.training.audit;

import cn.chuanyu.audit.AuditEntry;
import cn.chuanyu.audit.AuditFilter;
import cn.chuanyu.audit.AuditTrail;
import cn.chuanyu.audit.AuditedAggregate;
import cn.chuanyu.audit.AuditedAggregates;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/audit-entries")
@Tag(name = "Audit trail", description = "留痕: who changed which training record, when, in which request, and how")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditEntryResource {

    static final String PLATFORM_ADMIN = "platform-admin";

    private final AuditTrail trail;
    private final AuditedAggregates aggregates;

    AuditEntryResource(AuditTrail trail, AuditedAggregates aggregates) {
        this.trail = trail;
        this.aggregates = aggregates;
    }

    @GET
    @RolesAllowed({Caller.ADMIN, PLATFORM_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listAuditEntries",
            summary = "The audit trail of training records, newest first (training administrators, platform admins)",
            description = "One entry per record a change created, updated or deleted: programmes, courses, sessions, "
                    + "enrolments, attendance, exam sittings and results, certificates and the registry. Each names "
                    + "the actor, their roles, the request id and traceparent, and the fields changed with their "
                    + "values before and after. Written in the transaction of the change and never altered: the "
                    + "database refuses to update or delete it.")
    @APIResponse(responseCode = "200", description = "A page of entries matching the filters")
    @APIResponse(
            responseCode = "400",
            description = "An unknown aggregate type, a time that is not ISO 8601 with an offset, or from not "
                    + "before to (invalid-audit-filter); a page or size out of range")
    public PageOf<AuditEntry> list(
            @Parameter(
                            description = "only this kind of record",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "TrainingProgramme",
                                                "Course",
                                                "CourseSession",
                                                "Enrolment",
                                                "Attendance",
                                                "ExamSitting",
                                                "ExamResult",
                                                "Certificate",
                                                "ContractStatistic",
                                                "DemonstrationInstitution"
                                            }))
                    @QueryParam("aggregateType")
                    String aggregateType,
            @Parameter(description = "only this record (its id; a statistic's is region/year, e.g. SICHUAN/2020)")
                    @QueryParam("aggregateId")
                    @Size(max = 200)
                    String aggregateId,
            @Parameter(description = "only changes by this account (or system)", example = "admin.zhang")
                    @QueryParam("actor")
                    @Size(max = 100)
                    String actor,
            @Parameter(
                            description = "only changes at or after this instant (ISO 8601 with offset)",
                            example = "2026-12-01T00:00:00+08:00")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "only changes before this instant (ISO 8601 with offset)",
                            example = "2026-12-31T00:00:00+08:00")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
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
        return trail.page(new AuditFilter(aggregate, aggregateId, actor, since, until), page, size);
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
