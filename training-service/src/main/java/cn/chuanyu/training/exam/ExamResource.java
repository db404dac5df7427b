package cn.chuanyu.training.exam;

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

@Path("/api/training/exams")
@Tag(name = "Exams", description = "考试: sittings, scores, pass mark, eligibility by attendance, limited retakes")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ExamResource {

    private final Exams exams;
    private final SecurityIdentity identity;

    ExamResource(Exams exams, SecurityIdentity identity) {
        this.exams = exams;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "scheduleSitting",
            summary = "Schedule an exam sitting of a programme (the exam or a retake)",
            description = "Training administrators only. Not before the programme starts; retakes may come after it "
                    + "ends. Nothing about a sitting must be unique (a programme may hold several on one day); its id "
                    + "is generated.")
    @APIResponseSchema(
            value = SittingView.class,
            responseCode = "201",
            responseDescription = "Scheduled; Location names the sitting")
    @APIResponse(responseCode = "400", description = "Invalid request, or before the programme starts (invalid-dates)")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response schedule(@Valid @NotNull SittingRequest request) {
        ExamSitting sitting = exams.schedule(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/training/exams/" + sitting.id))
                .entity(SittingView.of(sitting))
                .build();
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listSittings",
            summary = "Exam sittings by date, page by page",
            description = "Public. `programmeId` keeps one programme's.")
    @APIResponse(responseCode = "200", description = "A page of sittings")
    public PageOf<SittingView> list(
            @Parameter(description = "only this programme's sittings") @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return exams.sittings(programmeId, page, size).map(SittingView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getSitting", summary = "Read one exam sitting", description = "Public.")
    @APIResponse(responseCode = "200", description = "The sitting")
    public SittingView get(@Parameter(description = "the sitting") @PathParam("id") UUID id) {
        return SittingView.of(exams.sitting(id));
    }

    @POST
    @Path("/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "recordScore",
            summary = "Record a trainee's score at a sitting",
            description = "Training administrators and instructors of the programme. The trainee must be enrolled, "
                    + "have the minimum attendance rate (chuanyu.training.exam.min-attendance-rate, 0.8 by default), "
                    + "not have passed, and have retakes left (chuanyu.training.exam.max-retakes, 1 by default). "
                    + "Scores are recorded from the sitting's day on (today in Asia/Shanghai). Unique: one score per "
                    + "trainee and sitting. Emits cn.chuanyu.training.exam.passed.v1 or exam.failed.v1.")
    @APIResponseSchema(
            value = ResultView.class,
            responseCode = "201",
            responseDescription = "Recorded, passed or not; Location names the trainee's exam standing")
    @APIResponse(responseCode = "403", description = "Not an instructor of the programme")
    @APIResponse(
            responseCode = "409",
            description = "not-enrolled, not-eligible, already-passed, already-scored, "
                    + "retakes-exhausted or sitting-not-held")
    public Response score(
            @Parameter(description = "the sitting") @PathParam("id") UUID sittingId,
            @Valid @NotNull ScoreRequest request) {
        ExamResult result = exams.score(sittingId, request, Caller.of(identity));
        return Response.created(ExamStandingResource.location(result.enrolmentId))
                .entity(ResultView.of(result))
                .build();
    }

    @GET
    @Path("/{id}/scores")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listScores",
            summary = "A sitting's scores (administrators, the programme's instructors)",
            description = "Page by page, by trainee account.")
    @APIResponse(responseCode = "200", description = "A page of the sitting's results")
    @APIResponse(responseCode = "403", description = "Not an instructor of the programme")
    public PageOf<ResultView> scores(
            @Parameter(description = "the sitting") @PathParam("id") UUID sittingId,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return exams.scores(sittingId, Caller.of(identity), page, size).map(ResultView::of);
    }
}
