package cn.chuanyu.training.programme;

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

@Path("/api/training/programmes")
@Tag(name = "Training programmes", description = "培训班: technology-broker training cohorts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TrainingProgrammeResource {

    private final TrainingProgrammes programmes;
    private final SecurityIdentity identity;

    TrainingProgrammeResource(TrainingProgrammes programmes, SecurityIdentity identity) {
        this.programmes = programmes;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createProgramme",
            summary = "Create a training programme",
            description = "Training administrators only. Creates a technology-broker training programme (培训班), e.g. "
                    + "a primary (初级) course, running on days from 2000-01-01 to 2100-12-31. Nothing about a "
                    + "programme must be unique (names may repeat across cohorts); its id is generated.")
    @APIResponseSchema(
            value = ProgrammeView.class,
            responseCode = "201",
            responseDescription = "Created; Location names the programme")
    @APIResponse(
            responseCode = "400",
            description = "Invalid request (problem+json with field errors), "
                    + "or the programme ends before it starts or lies outside 2000..2100 (type invalid-dates)")
    @APIResponse(responseCode = "403", description = "Not a training administrator")
    public Response create(@Valid @NotNull CreateProgrammeRequest request) {
        TrainingProgramme programme =
                programmes.create(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/training/programmes/" + programme.id))
                .entity(ProgrammeView.of(programme))
                .build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getProgramme", summary = "Read one training programme", description = "Public.")
    @APIResponse(responseCode = "200", description = "The programme")
    public ProgrammeView get(@Parameter(description = "the programme") @PathParam("id") UUID id) {
        return ProgrammeView.of(programmes.get(id));
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listProgrammes",
            summary = "List training programmes, latest start first",
            description = "Public. `level` keeps only the programmes training for that broker grade.")
    @APIResponse(responseCode = "200", description = "A page of programmes")
    public PageOf<ProgrammeView> list(
            @Parameter(description = "broker grade, e.g. PRIMARY (初级)") @QueryParam("level") BrokerLevel level,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return programmes.list(level, page, size).map(ProgrammeView::of);
    }
}
