package cn.chuanyu.training.enrolment;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
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

@Path("/api/training/enrolments")
@Tag(
        name = "Enrolments",
        description = "报名: trainees' places in a programme, within its capacity, and the waiting list")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EnrolmentResource {

    private final Enrolments enrolments;
    private final SecurityIdentity identity;

    EnrolmentResource(Enrolments enrolments, SecurityIdentity identity) {
        this.enrolments = enrolments;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.TRAINEE)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "enrol",
            summary = "Enrol yourself in a programme",
            description = "Trainees only, for themselves. You get a place (ENROLLED) while places are free, otherwise "
                    + "a place on the waiting list (WAITLISTED), served in order when places are freed. Unique: one "
                    + "current (not withdrawn) enrolment per trainee and programme; after withdrawing you may enrol "
                    + "again. Refused once the programme has ended: after its last day in Asia/Shanghai. Emits "
                    + "cn.chuanyu.training.trainee.enrolled.v1 when you get a place.")
    @APIResponseSchema(
            value = EnrolmentView.class,
            responseCode = "201",
            responseDescription = "Enrolled or waitlisted; Location names the enrolment")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(
            responseCode = "409",
            description =
                    "Already enrolled or waiting (already-enrolled), or the programme has ended (programme-ended)")
    public Response enrol(@Valid @NotNull EnrolRequest request) {
        Enrolment enrolment = enrolments.enrol(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/training/enrolments/" + enrolment.id))
                .entity(view(enrolment))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.TRAINEE, Caller.ADMIN, Caller.INSTRUCTOR})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getEnrolment",
            summary = "Read an enrolment: your own, or (instructors) one of a programme you teach in",
            description = "Administrators read any; others get 404 for an enrolment they may not see.")
    @APIResponse(responseCode = "200", description = "The enrolment")
    @APIResponse(responseCode = "404", description = "No such enrolment, or not one you may see")
    public EnrolmentView get(@Parameter(description = "the enrolment") @PathParam("id") UUID id) {
        return view(enrolments.visible(id, Caller.of(identity)));
    }

    @GET
    @RolesAllowed({Caller.TRAINEE, Caller.ADMIN, Caller.INSTRUCTOR})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listEnrolments",
            summary = "List enrolments in order of request",
            description = "Administrators see all; an instructor, with `programmeId`, the roster of a programme they "
                    + "teach in; a trainee only their own.")
    @APIResponse(responseCode = "200", description = "A page of enrolments")
    @APIResponse(responseCode = "403", description = "An instructor asking for a programme they do not teach in")
    public PageOf<EnrolmentView> list(
            @Parameter(description = "only this programme's enrolments") @QueryParam("programmeId") UUID programmeId,
            @Parameter(description = "only enrolments in this status") @QueryParam("status") EnrolmentStatus status,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return enrolments
                .list(programmeId, status, Caller.of(identity), page, size)
                .map(this::view);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Caller.TRAINEE, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "withdrawEnrolment",
            summary = "Withdraw from a programme or its waiting list",
            description = "The trainee themself or a training administrator. A freed place goes to the first of the "
                    + "waiting list. Refused once the programme has ended (after its last day in Asia/Shanghai). "
                    + "Emits cn.chuanyu.training.trainee.withdrawn.v1 (and trainee.enrolled.v1 for whoever takes "
                    + "the place).")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such enrolment, or not yours")
    @APIResponse(
            responseCode = "409",
            description = "Already withdrawn (illegal-transition), or the programme has ended (programme-ended)")
    public EnrolmentView withdraw(@Parameter(description = "the enrolment") @PathParam("id") UUID id) {
        return view(enrolments.withdraw(id, Caller.of(identity)));
    }

    private EnrolmentView view(Enrolment enrolment) {
        return EnrolmentView.of(enrolment, enrolments.waitingPosition(enrolment));
    }
}
