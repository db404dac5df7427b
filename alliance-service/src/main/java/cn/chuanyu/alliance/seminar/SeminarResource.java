package cn.chuanyu.alliance.seminar;

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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
            description = "Nothing needs to be unique: each call records a new seminar. Every zone named must be one "
                    + "of the alliance's (400 unknown-zone); the day it was held must not be after today "
                    + "(Asia/Shanghai; 400 invalid-dates). Emits cn.chuanyu.alliance.seminar.held.v1.")
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
    public PageOf<SeminarView> list(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return seminars.list(page, size).map(SeminarView::of);
    }

    @GET
    @Path("/yearly-report")
    @PermitAll
    @Operation(
            operationId = "seminarYearlyReport",
            summary = "Per year, whether at least one seminar was held",
            description = "One entry per year from 'from' to 'to' (at most 81 years: not paged); years are calendar "
                    + "years in Asia/Shanghai.")
    public List<YearReport> report(
            @Parameter(description = "first year, 2020 to 2100; default 2020") @QueryParam("from") @Min(2020) @Max(2100)
                    Integer from,
            @Parameter(description = "last year, 2020 to 2100; default this year (Asia/Shanghai)")
                    @QueryParam("to")
                    @Min(2020)
                    @Max(2100)
                    Integer to) {
        return seminars.report(from, to);
    }
}
