package cn.chuanyu.alliance.seminar;

import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/seminars")
@Tag(name = "Seminars", description = "党建研讨会: at least one a year")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SeminarResource {

    private final Seminars seminars;
    private final SecurityIdentity identity;

    SeminarResource(Seminars seminars, SecurityIdentity identity) {
        this.seminars = seminars;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.SECRETARIAT, Caller.ZONE_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "recordSeminar",
            summary = "Record a seminar held (its host zone's officers or the secretariat)",
            description = "Emits cn.chuanyu.alliance.seminar.held.v1.")
    @APIResponseSchema(value = SeminarView.class, responseCode = "201", responseDescription = "Recorded")
    public Response record(@Valid @NotNull SeminarRequest request) {
        Seminar seminar = seminars.record(request, Caller.of(identity));
        return Response.created(URI.create("/api/alliance/seminars/" + seminar.id))
                .entity(SeminarView.of(seminar))
                .build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSeminars", summary = "Seminars held, latest first")
    public List<SeminarView> list() {
        return seminars.list().stream().map(SeminarView::of).toList();
    }

    @GET
    @Path("/yearly-report")
    @PermitAll
    @Operation(operationId = "seminarYearlyReport", summary = "Per year, whether at least one seminar was held")
    public List<YearReport> report(
            @QueryParam("from") @Min(2020) @Max(2100) Integer from,
            @QueryParam("to") @Min(2020) @Max(2100) Integer to) {
        return seminars.report(from, to);
    }
}
