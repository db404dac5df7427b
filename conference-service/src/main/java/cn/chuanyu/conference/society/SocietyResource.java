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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public record SocietyView(
            UUID id,
            String name,
            Region region,
            Integer foundedYear,
            Integer members,
            String description,
            long version) {
        static SocietyView of(Society s) {
            return new SocietyView(s.id, s.name, s.region, s.foundedYear, s.members, s.description, s.version);
        }
    }

    /** Public: who decided stays in the record (and the event for partners), not in the public list. */
    public record SocietyAwardView(
            UUID id, UUID societyId, String societyName, Region region, int year, String citation, Instant decidedAt) {
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
    @Operation(operationId = "registerSociety", summary = "Register a learned society (organisers)")
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
    @Operation(operationId = "listSocieties", summary = "The societies registry, by name")
    public PageOf<SocietyView> list(
            @QueryParam("region") Region region,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return societies.list(region, page, size).map(SocietyView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getSociety", summary = "One society of the registry")
    public SocietyView get(@PathParam("id") UUID id) {
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
            description = "Once per society and year. Emits cn.chuanyu.conference.society.awarded.v1.")
    @APIResponseSchema(value = SocietyAwardView.class, responseCode = "201", responseDescription = "Awarded")
    @APIResponse(responseCode = "409", description = "Already awarded that year")
    public Response award(@PathParam("id") UUID id, @Valid @NotNull AwardRequest request) {
        SocietyAward award = societies.award(id, request, Caller.of(identity).user());
        return Response.status(Response.Status.CREATED)
                .entity(SocietyAwardView.of(award, societies.get(id)))
                .build();
    }

    @GET
    @Path("/awards")
    @PermitAll
    @Operation(operationId = "listSocietyAwards", summary = "First-class society awards, by year (public)")
    public List<SocietyAwardView> awards(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return societies.awards(year).stream().map(SocietyAwardView::of).toList();
    }
}
