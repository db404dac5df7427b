package cn.chuanyu.alliance.release;

import cn.chuanyu.alliance.board.BoardItemKind;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collection rounds and their submissions; published releases are read under {@link ReleaseResource#PATH}. */
@Path(CollectionRoundResource.PATH)
@Tag(
        name = "Collection rounds",
        description = "定期收集: rounds in which zones submit their published items for a periodic release")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CollectionRoundResource {

    static final String PATH = "/api/alliance/collection-rounds";

    private final CollectionRounds rounds;
    private final SecurityIdentity identity;

    CollectionRoundResource(CollectionRounds rounds, SecurityIdentity identity) {
        this.rounds = rounds;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "openCollectionRound",
            summary = "Open a collection round (the secretariat)",
            description = "The name must be unique among all rounds (409 round-name-taken). "
                    + "400 invalid-dates when periodEnd is before periodStart.")
    @APIResponse(
            responseCode = "201",
            description = "Open: zones may submit their published items until its deadline",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "A round with this name exists")
    public Response open(@Valid @NotNull OpenRoundRequest request) {
        CollectionRound round = rounds.open(request, Caller.of(identity));
        return Response.created(URI.create(PATH + "/" + round.id))
                .entity(RoundView.of(round, 0))
                .build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCollectionRounds", summary = "Collection rounds, the most recently opened first")
    public PageOf<RoundView> list(
            @Parameter(description = "only rounds of this status") @QueryParam("status") RoundStatus status,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return rounds.rounds(status, page, size);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getCollectionRound", summary = "Read a collection round")
    @APIResponse(responseCode = "200", description = "The round")
    public RoundView get(@Parameter(description = "the round's id") @PathParam("id") UUID id) {
        return rounds.view(rounds.get(id));
    }

    @POST
    @Path("/{id}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "submitToCollectionRound",
            summary = "Submit a published item of your zone to an open round",
            description = "Zone officers submit their own zone's items until the round's deadline (inclusive, "
                    + "Asia/Shanghai); the secretariat any zone's until it closes the round. An item is submitted "
                    + "once per round (409 already-submitted); it must be published and still valid today.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "The item belongs to another zone")
    @APIResponse(responseCode = "404", description = "No such round or item")
    @APIResponse(
            responseCode = "409",
            description =
                    "The round is closed or past its deadline, the item is not published, or it is already submitted")
    public Response submit(
            @Parameter(description = "the round's id") @PathParam("id") UUID id,
            @Valid @NotNull SubmissionRequest request) {
        RoundSubmission submission = rounds.submit(id, request.itemId(), Caller.of(identity));
        return Response.created(URI.create(PATH + "/" + id + "/submissions/" + submission.itemId))
                .entity(rounds.submissionView(id, submission.itemId))
                .build();
    }

    @GET
    @Path("/{id}/submissions")
    @PermitAll
    @Operation(operationId = "listRoundSubmissions", summary = "The items submitted to a round, latest first")
    public PageOf<SubmissionView> submissions(
            @Parameter(description = "the round's id") @PathParam("id") UUID id,
            @Parameter(description = "only this zone's items: its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only items of this kind") @QueryParam("kind") BoardItemKind kind,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return rounds.submissions(id, zone, kind, page, size);
    }

    @GET
    @Path("/{id}/submissions/{itemId}")
    @PermitAll
    @Operation(operationId = "getRoundSubmission", summary = "Read one submission of a round")
    @APIResponse(responseCode = "200", description = "The submission")
    @APIResponse(responseCode = "404", description = "No such round, or the item is not submitted to it")
    public SubmissionView submission(
            @Parameter(description = "the round's id") @PathParam("id") UUID id,
            @Parameter(description = "the board item's id") @PathParam("itemId") UUID itemId) {
        return rounds.submissionView(id, itemId);
    }

    @DELETE
    @Path("/{id}/submissions/{itemId}")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "retractRoundSubmission",
            summary = "Take a submitted item back out of an open round",
            description = "Zone officers until the round's deadline (inclusive, Asia/Shanghai); the secretariat until "
                    + "it closes the round.")
    @APIResponse(responseCode = "204", description = "Retracted")
    @APIResponse(responseCode = "403", description = "The item belongs to another zone")
    @APIResponse(responseCode = "409", description = "The round is closed or past its deadline")
    public void retract(
            @Parameter(description = "the round's id") @PathParam("id") UUID id,
            @Parameter(description = "the board item's id") @PathParam("itemId") UUID itemId) {
        rounds.retract(id, itemId, Caller.of(identity));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Caller.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "closeCollectionRound", summary = "Close a round: its submissions no longer change")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "The round is not open")
    public RoundView close(@Parameter(description = "the round's id") @PathParam("id") UUID id) {
        return rounds.view(rounds.close(id, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Caller.SECRETARIAT)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "publishRelease",
            summary = "Publish a closed round's release, an immutable public snapshot",
            description = "A round's release is published once (409 release-already-published); its id is the "
                    + "round's. Copies the submitted items still published, as they are now; withdrawn ones are "
                    + "left out. "
                    + "Emits cn.chuanyu.alliance.release.published.v1.")
    @APIResponse(
            responseCode = "201",
            description = "Published; the Location is the release",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReleaseSummary.class)))
    @APIResponse(responseCode = "409", description = "The round is still open, or its release is already published")
    public Response publish(@Parameter(description = "the round's id") @PathParam("id") UUID id) {
        ReleaseSummary release = rounds.publish(id, Caller.of(identity));
        return Response.created(URI.create(ReleaseResource.PATH + "/" + id))
                .entity(release)
                .build();
    }
}
