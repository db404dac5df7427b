package cn.chuanyu.alliance.project;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/projects")
@Tag(name = "Work chain", description = "工作链条: collaboration projects from a demand to joint promotion")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ProjectResource {

    private static final String STAGE_CHANGED = "Emits cn.chuanyu.alliance.project.stage-changed.v1.";
    private final WorkChain chain;
    private final SecurityIdentity identity;

    ProjectResource(WorkChain chain, SecurityIdentity identity) {
        this.chain = chain;
        this.identity = identity;
    }

    @Schema(description = "A step of the work chain and its rule")
    public record StepView(
            @Schema(description = "the step") Step step,

            @Schema(description = "the step's Chinese name, e.g. 签约共建")
            String label,

            @Schema(description = "the stages it may be taken from; empty for START")
            Set<Stage> from,

            @Schema(description = "the stage it leads to; null when the stage stays", nullable = true)
            Stage to,

            @Schema(description = "who may take it besides the secretariat")
            Step.TakenBy takenBy,

            @Schema(description = "what it needs, in English")
            String needs) {}

    @Schema(description = "A step a project took")
    public record TransitionView(
            @Schema(description = "the stage left; null for the start", nullable = true)
            Stage from,

            @Schema(description = "the stage reached") Stage to,

            @Schema(description = "who took the step (user name)")
            String actor,

            @Schema(description = "when") Instant at,

            @Schema(description = "the note given with the step; null when none", nullable = true)
            String note,

            @Schema(
                    description = "the accepted expression of interest the collection cited as its proposal; null "
                            + "for other steps and other proposals",
                    nullable = true)
            UUID interestId) {
        static TransitionView of(ProjectTransition t) {
            return new TransitionView(t.fromStage, t.toStage, t.actor, t.at, t.note, t.interestId);
        }
    }

    @Schema(description = "A regular consultation (定期会商) of a project")
    public record ConsultationView(
            @Schema(description = "the consultation's id") UUID id,
            @Schema(description = "the project's id") UUID projectId,
            @Schema(description = "the meeting's day") LocalDate heldOn,
            @Schema(description = "who took part") List<String> participants,

            @Schema(description = "the minutes; may span lines")
            String minutes,

            @Schema(description = "who recorded it (user name)")
            String recordedBy) {
        static ConsultationView of(Consultation c) {
            return new ConsultationView(c.id, c.projectId, c.heldOn, c.participants, c.minutes, c.recordedBy);
        }
    }

    @Schema(description = "A signed project without a consultation for longer than allowed")
    public record OverdueView(
            @Schema(description = "the project's id") UUID id,
            @Schema(description = "title") String title,
            @Schema(description = "code of the lead zone") String leadZone,

            @Schema(description = "codes of the partner zones; empty when none")
            List<String> partnerZones,

            @Schema(description = "its stage: SIGNED, CONSULTING or JOINT_PROMOTION")
            Stage stage,

            @Schema(description = "the latest consultation's day, else the agreement's")
            LocalDate lastContact,

            @Schema(description = "days from lastContact to today (Asia/Shanghai)")
            long daysSinceLastContact,

            @Schema(description = "the days allowed without a consultation")
            int allowedDays) {
        static OverdueView of(WorkChain.Overdue o, int allowedDays) {
            CollaborationProject p = o.project();
            return new OverdueView(
                    p.id, p.title, p.leadZone, p.partnerZones, p.stage, o.lastContact(), o.daysSince(), allowedDays);
        }
    }

    @GET
    @Path("/work-chain")
    @PermitAll
    @Operation(
            operationId = "describeWorkChain",
            summary = "The work chain's steps: from which stages, to which, who may take them and what they need",
            description = "A fixed list of the 8 steps, not paged.")
    public List<StepView> workChain() {
        return Arrays.stream(Step.values())
                .map(s -> new StepView(s, s.label, s.from, s.to, s.takenBy, s.needs))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "startProject",
            summary = "Start a project from a published demand of your zone (需求发布)",
            description = "One open project per demand: a demand with a project neither COMPLETED nor CLOSED is "
                    + "refused (409 work-chain-rule). " + STAGE_CHANGED)
    @APIResponseSchema(
            value = ProjectView.class,
            responseCode = "201",
            responseDescription = "Started in stage DEMAND_PUBLISHED")
    @APIResponse(responseCode = "403", description = "Not an officer of the demand's zone")
    @APIResponse(
            responseCode = "409",
            description = "Not a published demand, or the demand already has an open project")
    public Response start(@Valid @NotNull WorkChainRequests.Start request) {
        CollaborationProject project = chain.start(request, Caller.of(identity));
        return Response.created(URI.create("/api/alliance/projects/" + project.id))
                .entity(view(project))
                .build();
    }

    @POST
    @Path("/{id}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "collectProject",
            summary = "Collect the proposal answering the demand (项目收集)",
            description = "The proposal is exactly one of a published board resource or project, an active "
                    + "technology offer, or an accepted expression of interest in this project's demand (400 "
                    + "one-proposal otherwise). An interest that is unknown, in another item, or not ACCEPTED or "
                    + "INTRODUCED is refused (409 work-chain-rule). The transition records the interest. "
                    + STAGE_CHANGED)
    @APIResponse(responseCode = "200", description = "Collected: stage PROJECT_COLLECTED")
    @APIResponse(responseCode = "400", description = "Not exactly one proposal, or an invalid body")
    @APIResponse(responseCode = "403", description = "Not an officer of the lead zone")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(
            responseCode = "409",
            description = "Not allowed by the work chain (the problem names the rule): wrong stage, or a proposal "
                    + "that is not published, active, or an accepted interest in this demand")
    public ProjectView collect(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Valid @NotNull WorkChainRequests.Collect request) {
        return view(chain.collect(id, request, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/signing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "signProject",
            summary = "Sign for joint construction (签约共建) with a certified technology broker",
            description =
                    STAGE_CHANGED + " The broker must be certified today (Asia/Shanghai) on the roster kept from the "
                            + "training context; the agreement date must not be after today (Asia/Shanghai).")
    @APIResponse(responseCode = "200", description = "Signed: stage SIGNED")
    @APIResponse(
            responseCode = "409",
            description = "Not allowed by the work chain, or the broker is not certified today")
    public ProjectView sign(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Valid @NotNull WorkChainRequests.Sign request) {
        return view(chain.sign(id, request, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "recordConsultation",
            summary = "Record a regular consultation (定期会商)",
            description = "The meeting's day must lie between the agreement date and today (Asia/Shanghai). Nothing "
                    + "needs to be unique: each call records a new consultation. The first consultation of a signed "
                    + "project moves it to CONSULTING. " + STAGE_CHANGED)
    @APIResponseSchema(value = ConsultationView.class, responseCode = "201", responseDescription = "Recorded")
    public Response consult(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Valid @NotNull WorkChainRequests.Consult request) {
        Consultation consultation = chain.consult(id, request, Caller.of(identity));
        return Response.created(URI.create("/api/alliance/projects/" + id + "/consultations"))
                .entity(ConsultationView.of(consultation))
                .build();
    }

    @GET
    @Path("/{id}/consultations")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listConsultations",
            summary = "A project's consultations with their minutes, newest first (its zones and the secretariat)",
            description = "Paged: a project keeps meeting as long as it runs.")
    public PageOf<ConsultationView> consultations(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return chain.consultations(id, Caller.of(identity), page, size).map(ConsultationView::of);
    }

    @POST
    @Path("/{id}/joint-promotion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "promoteProject",
            summary = "Start joint promotion (合力推动) with its milestones",
            description = STAGE_CHANGED)
    public ProjectView promote(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Valid @NotNull WorkChainRequests.Promote request) {
        return view(chain.promote(id, request, Caller.of(identity)));
    }

    @PUT
    @Path("/{id}/milestones/{position}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "reportMilestoneProgress",
            summary = "Report a milestone's progress (100 marks it done)",
            description = "A milestone reported at 100 is done on that day (Asia/Shanghai); less reopens it.")
    public ProjectView reportProgress(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Parameter(description = "the milestone's position, 1 to 30") @PathParam("position") @Min(1) @Max(30)
                    int position,
            @Valid @NotNull WorkChainRequests.Progress request) {
        chain.reportProgress(id, position, request, Caller.of(identity));
        return view(chain.get(id));
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "completeProject",
            summary = "Complete a project whose milestones are all done",
            description = STAGE_CHANGED)
    public ProjectView complete(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Valid @NotNull WorkChainRequests.Complete request) {
        return view(chain.complete(id, request, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "closeProject",
            summary = "Close an open project, giving the reason",
            description = STAGE_CHANGED)
    public ProjectView close(
            @Parameter(description = "the project's id") @PathParam("id") UUID id,
            @Valid @NotNull WorkChainRequests.Close request) {
        return view(chain.close(id, request, Caller.of(identity)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getProject", summary = "A project: stage, parties, broker, milestones and progress")
    public ProjectView get(@Parameter(description = "the project's id") @PathParam("id") UUID id) {
        return view(chain.get(id));
    }

    @GET
    @Path("/{id}/transitions")
    @PermitAll
    @Operation(
            operationId = "listProjectTransitions",
            summary = "Every step the project took: who, when, from, to, note",
            description = "Oldest first, one per stage change: a handful per project, not paged.")
    public List<TransitionView> transitions(@Parameter(description = "the project's id") @PathParam("id") UUID id) {
        return chain.history(id).stream().map(TransitionView::of).toList();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listProjects", summary = "Projects, most recently moved first")
    public PageOf<ProjectView> list(
            @Parameter(description = "only projects of this zone (lead or partner): its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only projects in this stage") @QueryParam("stage") Stage stage,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        PageOf<CollaborationProject> projects = chain.list(zone, stage, page, size);
        // one query for the whole page's milestones, not one per project
        Map<UUID, List<Milestone>> milestones =
                chain.milestones(projects.items().stream().map(p -> p.id).toList());
        return projects.map(p -> ProjectView.of(p, milestones.getOrDefault(p.id, List.of())));
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listOverdueProjects",
            summary = "Signed projects without a consultation for longer than allowed, longest first",
            description = "The allowed number of days is chuanyu.alliance.consultation-overdue-days (default 90), "
                    + "counted to today in Asia/Shanghai. "
                    + "The secretariat sees every zone's; an officer their zone's.")
    public PageOf<OverdueView> overdue(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return chain.overdue(Caller.of(identity), page, size).map(o -> OverdueView.of(o, chain.overdueDays()));
    }

    private ProjectView view(CollaborationProject project) {
        return ProjectView.of(project, chain.milestones(project.id));
    }
}
