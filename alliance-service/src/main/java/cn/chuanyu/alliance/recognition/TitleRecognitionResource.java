package cn.chuanyu.alliance.recognition;

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

@Path("/api/alliance/title-recognitions")
@Tag(name = "Title recognitions", description = "职称互认: professional titles of one zone recognised by another")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TitleRecognitionResource {

    private final TitleRecognitions recognitions;
    private final SecurityIdentity identity;

    TitleRecognitionResource(TitleRecognitions recognitions, SecurityIdentity identity) {
        this.recognitions = recognitions;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "recordTitleRecognition",
            summary = "Record that your zone recognises a title obtained in another zone",
            description = "The reference number must be unique within the recognising zone (409 "
                    + "reference-number-taken). recognisedOn must not be after today (Asia/Shanghai), obtainedOn not "
                    + "after recognisedOn (400 invalid-dates); the zones must be the alliance's and differ.")
    @APIResponseSchema(value = TitleRecognitionView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid, unknown zone, same zone twice, or inconsistent dates")
    @APIResponse(responseCode = "403", description = "Not an officer of the recognising zone")
    @APIResponse(responseCode = "409", description = "The recognising zone has used this reference number already")
    public Response record(@Valid @NotNull TitleRecognitionRequest request) {
        TitleRecognition recognition = recognitions.record(request, Caller.of(identity));
        return Response.created(URI.create("/api/alliance/title-recognitions/" + recognition.id))
                .entity(TitleRecognitionView.of(recognition))
                .build();
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "revokeTitleRecognition",
            summary = "Revoke a recognition, with a reason (the recognising zone)")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Not an officer of the recognising zone")
    @APIResponse(responseCode = "409", description = "Revoked already, or changed since the version sent")
    public TitleRecognitionView revoke(
            @Parameter(description = "the recognition's id") @PathParam("id") UUID id,
            @Valid @NotNull RevocationRequest request) {
        return TitleRecognitionView.of(recognitions.revoke(id, request, Caller.of(identity)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getTitleRecognition", summary = "Read a title recognition (alliance officers)")
    public TitleRecognitionView get(@Parameter(description = "the recognition's id") @PathParam("id") UUID id) {
        return TitleRecognitionView.of(recognitions.get(id));
    }

    @GET
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listTitleRecognitions",
            summary = "Title recognitions, latest first (alliance officers; with names)")
    public PageOf<TitleRecognitionView> list(
            @Parameter(description = "only this zone's, as issuing or recognising zone: its code, e.g. chongqing")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only recognitions of this status") @QueryParam("status") RecognitionStatus status,
            @Parameter(description = "only those recognised in this year, 2000 to 2100")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Parameter(description = "only titles of this level") @QueryParam("level") TitleLevel level,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return recognitions
                .list(new TitleRecognitions.Filter(zone, status, year, level), page, size)
                .map(TitleRecognitionView::of);
    }

    @GET
    @Path("/yearly-summary")
    @PermitAll
    @Operation(
            operationId = "titleRecognitionYearlySummary",
            summary = "Public: recognitions per year and zone pair, in force and revoked, without names",
            description = "Latest year first, then by issuing and recognising zone code.")
    public PageOf<RecognitionSummary> yearlySummary(
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
        return Pages.of(recognitions.yearlySummary(year), page, size);
    }
}
