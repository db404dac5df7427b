package cn.chuanyu.training.registry;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/demonstration-institutions")
@Tag(name = "Technology-transfer registry", description = "技术转移示范机构 and 技术合同 statistics")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class InstitutionResource {

    private final Institutions institutions;
    private final SecurityIdentity identity;

    InstitutionResource(Institutions institutions, SecurityIdentity identity) {
        this.institutions = institutions;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "registerInstitution",
            summary = "Register a named demonstration institution (national or municipal)",
            description = "Training administrators only. Unique: the name at its level (the same name may be "
                    + "registered once as NATIONAL and once as MUNICIPAL).")
    @APIResponseSchema(
            value = InstitutionView.class,
            responseCode = "201",
            responseDescription = "Registered; Location names the institution")
    @APIResponse(responseCode = "409", description = "Registered already at that level (already-registered)")
    public Response register(@Valid @NotNull Institutions.InstitutionRequest request) {
        DemonstrationInstitution institution =
                institutions.register(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/training/demonstration-institutions/" + institution.id))
                .entity(InstitutionView.of(institution))
                .build();
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listInstitutions",
            summary = "Named demonstration institutions, by level then name",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "A page of institutions")
    public PageOf<InstitutionView> list(
            @Parameter(description = "only this region's") @QueryParam("region") Region region,
            @Parameter(description = "only this level's") @QueryParam("level") InstitutionLevel level,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return institutions.list(region, level, page, size).map(InstitutionView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getInstitution", summary = "Read one demonstration institution", description = "Public.")
    @APIResponse(responseCode = "200", description = "The institution")
    public InstitutionView get(@Parameter(description = "the institution") @PathParam("id") UUID id) {
        return InstitutionView.of(institutions.get(id));
    }

    @PUT
    @Path("/counts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "reportInstitutionCount",
            summary = "Record a reported count of institutions of a level, as of a year",
            description = "Training administrators only. For statistics that give counts without names, e.g. "
                    + "Chongqing 2020: 8 national, 22 municipal. One count per region, level and year: reporting "
                    + "it again replaces it.")
    @APIResponse(responseCode = "200", description = "The count as recorded")
    public Institutions.ReportedCount report(@Valid @NotNull Institutions.CountRequest request) {
        return institutions.report(request, Caller.of(identity).user());
    }

    @GET
    @Path("/counts")
    @PermitAll
    @Operation(
            operationId = "listInstitutionCounts",
            summary = "Reported counts of demonstration institutions, latest first",
            description = "Public. By region, then latest year first, then level.")
    @APIResponse(responseCode = "200", description = "A page of reported counts")
    public PageOf<Institutions.ReportedCount> counts(
            @Parameter(description = "only this region's") @QueryParam("region") Region region,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return institutions.counts(region, page, size);
    }
}
