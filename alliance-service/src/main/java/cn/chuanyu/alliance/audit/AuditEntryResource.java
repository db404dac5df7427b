package cn.chuanyu.alliance.audit;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.audit.AuditEntry;
import cn.chuanyu.audit.AuditQuery;
import cn.chuanyu.audit.AuditTrail;
import cn.chuanyu.audit.AuditedAggregates;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

@Path("/api/alliance/audit-entries")
@Tag(name = "Audit trail", description = "留痕: who changed which alliance record, when, in which request, and how")
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
    @RolesAllowed({Caller.SECRETARIAT, PLATFORM_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listAllianceAuditEntries",
            summary = "The audit trail of alliance records, newest first (the secretariat, platform admins)",
            description = "One entry per record a change created, updated or deleted: zones, board items, "
                    + "expressions of interest, collection rounds and submissions, projects with their milestones "
                    + "and consultations, seminars, secondments and title recognitions. Each names the actor, their "
                    + "roles and the zone they acted for, the request id and traceparent, the zone that owns the "
                    + "record (scope), and the fields changed with their values before and after. Written in the "
                    + "transaction of the change and never altered: the database refuses to update or delete it.")
    @APIResponse(responseCode = "200", description = "A page of entries matching the filters")
    @APIResponse(
            responseCode = "400",
            description = "An unknown aggregate type, a time that is not ISO 8601 with an offset, or from not "
                    + "before to (invalid-audit-filter); a zone code over 30 characters; a page or size out of range")
    public PageOf<AuditEntry> list(
            @Parameter(description = "only the records this zone owns: its code, e.g. chengdu", example = "luzhou")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only changes by officers acting for this zone: its code", example = "luzhou")
                    @QueryParam("actorZone")
                    @Size(max = 30)
                    String actorZone,
            @Parameter(
                            description = "only this kind of record",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "Zone",
                                                "BoardItem",
                                                "Interest",
                                                "CollectionRound",
                                                "RoundSubmission",
                                                "CollaborationProject",
                                                "Milestone",
                                                "Consultation",
                                                "Seminar",
                                                "Secondment",
                                                "TitleRecognition"
                                            }))
                    @QueryParam("aggregateType")
                    String aggregateType,
            @Valid @BeanParam AuditQuery query) {
        return trail.page(
                query.filter(aggregates, aggregateType).inScope(zone).byZone(actorZone), query.page, query.size);
    }
}
