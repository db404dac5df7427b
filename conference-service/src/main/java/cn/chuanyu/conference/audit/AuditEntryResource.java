package cn.chuanyu.conference.audit;

import cn.chuanyu.audit.AuditEntry;
import cn.chuanyu.audit.AuditFilter;
import cn.chuanyu.audit.AuditQuery;
import cn.chuanyu.audit.AuditTrail;
import cn.chuanyu.audit.AuditedAggregates;
import cn.chuanyu.conference.kernel.Caller;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/audit-entries")
@Tag(name = "Audit trail", description = "留痕: who changed which conference record, when, in which request, and how")
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
    @RolesAllowed({Caller.ORGANISER, PLATFORM_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listConferenceAuditEntries",
            summary = "The audit trail of conference records, newest first (organisers, platform admins)",
            description = "One entry per record a change created, updated or deleted: conferences and their tracks, "
                    + "papers and their authors, experts, assignments, bids, declared conflicts, reviews and their "
                    + "scores, review forms, deadlines and windows, author responses, discussion posts, manuscripts, "
                    + "camera-ready versions, awards, societies and collaboration intents. Each names the actor, "
                    + "their roles, the request id and traceparent, the conference the record belongs to (scope), "
                    + "and the fields changed with their values before and after (a collection such as authors as "
                    + "its whole list). Written in the transaction of the change and never altered: the database "
                    + "refuses to update or delete it. Reviews name their reviewer as actor: the trail is for the "
                    + "organisers, never shown to authors.")
    @APIResponse(responseCode = "200", description = "A page of entries matching the filters")
    @APIResponse(
            responseCode = "400",
            description = "An unknown aggregate type, a time that is not ISO 8601 with an offset, or from not "
                    + "before to (invalid-audit-filter); a conference id that is not a UUID; a page or size out of "
                    + "range")
    public PageOf<AuditEntry> list(
            @Parameter(description = "only the records of this conference (its id)") @QueryParam("conferenceId")
                    UUID conferenceId,
            @Parameter(
                            description = "only this kind of record",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "Conference",
                                                "Paper",
                                                "ExpertReviewer",
                                                "ReviewAssignment",
                                                "Review",
                                                "DeclaredConflict",
                                                "ReviewForm",
                                                "Bid",
                                                "ReviewDeadline",
                                                "AuthorResponseWindow",
                                                "AuthorResponse",
                                                "DiscussionPost",
                                                "Manuscript",
                                                "CameraReadyWindow",
                                                "CameraReady",
                                                "PaperAward",
                                                "Society",
                                                "SocietyAward",
                                                "CollaborationIntent"
                                            }))
                    @QueryParam("aggregateType")
                    String aggregateType,
            @Valid @BeanParam AuditQuery query) {
        AuditFilter filter =
                query.filter(aggregates, aggregateType).inScope(conferenceId == null ? null : conferenceId.toString());
        return trail.page(filter, query.page, query.size);
    }
}
