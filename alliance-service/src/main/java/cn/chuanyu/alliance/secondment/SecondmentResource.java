package cn.chuanyu.alliance.secondment;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.kernel.Pages;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/secondments")
@Tag(name = "Secondments", description = "互派挂职: cadres and technical staff seconded between zones")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SecondmentResource {

    private final Secondments secondments;
    private final SecurityIdentity identity;

    SecondmentResource(Secondments secondments, SecurityIdentity identity) {
        this.secondments = secondments;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "proposeSecondment",
            summary = "Propose a secondment from your zone to another zone",
            description = "Nothing needs to be unique: each call proposes a new secondment. Both zones must be the "
                    + "alliance's and differ; endsOn must not be before startsOn.")
    @APIResponseSchema(
            value = SecondmentView.class,
            responseCode = "201",
            responseDescription = "Proposed; the host zone accepts or declines it")
    @APIResponse(responseCode = "400", description = "Invalid, unknown zone, same zone twice, or ends before it starts")
    @APIResponse(responseCode = "403", description = "Not an officer of the home zone")
    public Response propose(@Valid @NotNull SecondmentRequest request) {
        Secondment s = secondments.propose(request, Caller.of(identity));
        return Response.created(URI.create("/api/alliance/secondments/" + s.id))
                .entity(SecondmentView.of(s, secondments.today()))
                .build();
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "acceptSecondment", summary = "Accept a proposed secondment (the host zone)")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "403", description = "Not an officer of the host zone")
    @APIResponse(responseCode = "409", description = "No longer proposed, or changed since the version sent")
    public SecondmentView accept(
            @Parameter(description = "the secondment's id") @PathParam("id") UUID id,
            @Valid @NotNull SecondmentDecision decision) {
        return SecondmentView.of(secondments.accept(id, decision, Caller.of(identity)), secondments.today());
    }

    @POST
    @Path("/{id}/declination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "declineSecondment",
            summary = "Decline a proposed secondment (the host zone), with an optional note")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "403", description = "Not an officer of the host zone")
    @APIResponse(responseCode = "409", description = "No longer proposed, or changed since the version sent")
    public SecondmentView decline(
            @Parameter(description = "the secondment's id") @PathParam("id") UUID id,
            @Valid @NotNull SecondmentDecision decision) {
        return SecondmentView.of(secondments.decline(id, decision, Caller.of(identity)), secondments.today());
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "cancelSecondment",
            summary = "Cancel your zone's proposal before the secondment starts (the home zone)",
            description = "Only before its first day (today in Asia/Shanghai is before startsOn).")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "403", description = "Not an officer of the home zone")
    @APIResponse(
            responseCode = "409",
            description = "No longer proposed, already started, or changed since the version sent")
    public SecondmentView cancel(
            @Parameter(description = "the secondment's id") @PathParam("id") UUID id,
            @Valid @NotNull SecondmentDecision decision) {
        return SecondmentView.of(secondments.cancel(id, decision, Caller.of(identity)), secondments.today());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getSecondment", summary = "Read a secondment (alliance officers)")
    public SecondmentView get(@Parameter(description = "the secondment's id") @PathParam("id") UUID id) {
        return SecondmentView.of(secondments.get(id), secondments.today());
    }

    @GET
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listSecondments", summary = "Secondments, latest first (alliance officers; with names)")
    public PageOf<SecondmentView> list(
            @Parameter(description = "only this zone's, as home or host zone: its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only secondments of this status") @QueryParam("status") SecondmentStatus status,
            @Parameter(description = "only those whose period overlaps this calendar year, 2000 to 2100")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Parameter(description = "true: accepted and under way today (Asia/Shanghai); false: all others")
                    @QueryParam("active")
                    Boolean active,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return secondments
                .list(new Secondments.Filter(zone, status, year, active), page, size)
                .map(s -> SecondmentView.of(s, secondments.today()));
    }

    @GET
    @Path("/yearly-summary")
    @PermitAll
    @Operation(
            operationId = "secondmentYearlySummary",
            summary = "Public: accepted secondments per year (of their first day) and zone pair, counted by kind, "
                    + "without names",
            description = "Latest year first, then by home and host zone code.")
    public PageOf<SecondmentSummary> yearlySummary(
            @Parameter(description = "one year only, 2000 to 2100; all years when absent")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return Pages.of(secondments.yearlySummary(year), page, size);
    }
}
