package cn.chuanyu.training.audit;

import cn.chuanyu.audit.AuditEntry;
import cn.chuanyu.audit.AuditQuery;
import cn.chuanyu.audit.AuditTrail;
import cn.chuanyu.audit.AuditedAggregates;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
            @Valid @BeanParam AuditQuery query) {
        return trail.page(query.filter(aggregates, aggregateType), query.page, query.size);
    }
}
