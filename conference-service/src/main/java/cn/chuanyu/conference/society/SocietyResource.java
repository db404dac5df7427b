package cn.chuanyu.conference.society;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.Caller;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/societies")
@Tag(name = "Societies", description = "学会 registry and the annual first-class society awards (年度川渝一流学会)")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SocietyResource {

    private final Societies societies;
    private final SecurityIdentity identity;

    SocietyResource(Societies societies, SecurityIdentity identity) {
        this.societies = societies;
        this.identity = identity;
    }

    @Schema(description = "A learned society (学会) of the registry", example = """
            {"id": "7a9c1e3f-5b7d-4f9a-8c2e-4f6a8c0e2d4b", "name": "重庆市青年科技领军人才协会", "region": "CHONGQING",
             "foundedYear": 2020, "members": 166, "description": "由13名中青年科技工作者发起。", "version": 0}""")
    public record SocietyView(
            @Schema(description = "the society's id") UUID id,

            @Schema(description = "the society's name; unique in the registry")
            String name,

            @Schema(description = "where the society is") Region region,

            @Schema(nullable = true, description = "the year it was founded; null if not given")
            Integer foundedYear,

            @Schema(nullable = true, description = "how many members it has; null if not given")
            Integer members,

            @Schema(nullable = true, description = "what the society does; null if not given")
            String description,

            @Schema(description = "the version, for optimistic concurrency")
            long version) {
        static SocietyView of(Society s) {
            return new SocietyView(s.id, s.name, s.region, s.foundedYear, s.members, s.description, s.version);
        }
    }

    /** Public: who decided stays in the record (and the event for partners), not in the public list. */
    @Schema(description = "A first-class society award (年度川渝一流学会)", example = """
            {"id": "2e4a6c8e-0f1b-4d3f-a5b7-c9d1e3f5a7b9", "societyId": "7a9c1e3f-5b7d-4f9a-8c2e-4f6a8c0e2d4b",
             "societyName": "重庆市青年科技领军人才协会", "region": "CHONGQING", "year": 2020,
             "citation": "年度川渝一流学会", "decidedAt": "2020-12-10T02:00:00Z"}""")
    public record SocietyAwardView(
            @Schema(description = "the award's id") UUID id,

            @Schema(description = "the awarded society's id")
            UUID societyId,

            @Schema(description = "the awarded society's name")
            String societyName,

            @Schema(description = "where the society is") Region region,

            @Schema(description = "the year the award is for")
            int year,

            @Schema(nullable = true, description = "why the society is awarded; null if not given")
            String citation,

            @Schema(description = "when the award was decided")
            Instant decidedAt) {
        static SocietyAwardView of(SocietyAward a, Society s) {
            return new SocietyAwardView(a.id, s.id, s.name, s.region, a.year, a.citation, a.decidedAt);
        }

        static SocietyAwardView of(Societies.Awarded awarded) {
            return of(awarded.award(), awarded.society());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "registerSociety",
            summary = "Register a learned society (organisers)",
            description = "The name must be unique in the registry (409 otherwise).")
    @APIResponseSchema(value = SocietyView.class, responseCode = "201", responseDescription = "Registered")
    @APIResponse(responseCode = "409", description = "A society of that name is registered")
    public Response register(@Valid @NotNull SocietyRequest request) {
        Society society = societies.register(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/societies/" + society.id))
                .entity(SocietyView.of(society))
                .build();
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listSocieties",
            summary = "The societies registry, by name",
            description = "Public, page by page.")
    @APIResponse(responseCode = "200", description = "One page of societies")
    public PageOf<SocietyView> list(
            @Parameter(description = "only the societies of this region; absent for all") @QueryParam("region")
                    Region region,
            @Parameter(description = "zero-based page index, at most 1,000,000")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "page size, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return societies.list(region, page, size).map(SocietyView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getSociety", summary = "One society of the registry", description = "Public.")
    @APIResponse(responseCode = "200", description = "The society")
    public SocietyView get(@Parameter(description = "the society's id") @PathParam("id") UUID id) {
        return SocietyView.of(societies.get(id));
    }

    @POST
    @Path("/{id}/awards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "awardSociety",
            summary = "Name a society a first-class society of a year (organisers)",
            description = "Organisers only. Once per society and year: (society, year) is unique (409 otherwise). "
                    + "Emits cn.chuanyu.conference.society.awarded.v1.")
    @APIResponseSchema(value = SocietyAwardView.class, responseCode = "201", responseDescription = "Awarded")
    @APIResponse(responseCode = "409", description = "Already awarded that year")
    public Response award(
            @Parameter(description = "the society's id") @PathParam("id") UUID id,
            @Valid @NotNull AwardRequest request) {
        SocietyAward award = societies.award(id, request, Caller.of(identity).user());
        return Response.status(Response.Status.CREATED)
                .entity(SocietyAwardView.of(award, societies.get(id)))
                .build();
    }

    @GET
    @Path("/awards")
    @PermitAll
    @Operation(
            operationId = "listSocietyAwards",
            summary = "First-class society awards, by year (public)",
            description = "Public, page by page: newest year first, then by society name.")
    @APIResponse(responseCode = "200", description = "One page of society awards")
    public PageOf<SocietyAwardView> awards(
            @Parameter(description = "only the awards of this year, 2000 to 2100; absent for all years")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Parameter(description = "zero-based page index, at most 1,000,000")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "page size, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return societies.awards(year, page, size).map(SocietyAwardView::of);
    }
}
