package cn.chuanyu.conference.edition;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/conferences")
@Tag(name = "Conferences", description = "学术大会: editions, tracks and the call for papers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ConferenceResource {

    private final Conferences conferences;
    private final ConferenceClock clock;
    private final SecurityIdentity identity;

    ConferenceResource(Conferences conferences, ConferenceClock clock, SecurityIdentity identity) {
        this.conferences = conferences;
        this.clock = clock;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createConference",
            summary = "Create a conference edition with its tracks and call for papers",
            description = "Organisers only. The name and edition together must be unique (409 otherwise); track "
                    + "codes must be unique within the conference. The call-for-papers dates are China's dates "
                    + "(Asia/Shanghai), both inclusive.")
    @APIResponseSchema(
            value = ConferenceView.class,
            responseCode = "201",
            responseDescription = "Created; Location names the conference")
    @APIResponse(responseCode = "403", description = "Not an organiser")
    @APIResponse(responseCode = "409", description = "This edition exists")
    public Response create(@Valid @NotNull CreateConferenceRequest request) {
        Conference conference = conferences.create(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/conferences/" + conference.id))
                .entity(ConferenceView.of(conference, clock.today()))
                .build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            operationId = "getConference",
            summary = "Read one conference edition",
            description = "Public. callOpen says whether papers are accepted today, today being the date in "
                    + "Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "The conference")
    public ConferenceView get(@Parameter(description = "the conference's id") @PathParam("id") UUID id) {
        return ConferenceView.of(conferences.get(id), clock.today());
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listConferences",
            summary = "List conference editions, latest first",
            description = "Public, page by page. callOpen is computed for today's date in Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "One page of conferences")
    public PageOf<ConferenceView> list(
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
        return conferences.list(page, size).map(c -> ConferenceView.of(c, clock.today()));
    }
}
