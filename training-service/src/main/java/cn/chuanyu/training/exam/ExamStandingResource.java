package cn.chuanyu.training.exam;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's exam standing, as a sub-resource of their enrolment. */
@Path("/api/training/enrolments/{enrolmentId}/exam-standing")
@Tag(name = "Exams")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ExamStandingResource {

    private final Exams exams;
    private final SecurityIdentity identity;

    ExamStandingResource(Exams exams, SecurityIdentity identity) {
        this.exams = exams;
        this.identity = identity;
    }

    static URI location(UUID enrolmentId) {
        return URI.create("/api/training/enrolments/" + enrolmentId + "/exam-standing");
    }

    @GET
    @RolesAllowed({Caller.TRAINEE, Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "getExamStanding",
            summary = "A trainee's scores, eligibility and retakes",
            description = "Your own, or (instructors) of a programme you teach in; administrators any. The attendance "
                    + "rate counts the sessions held so far (started by now).")
    @APIResponse(responseCode = "200", description = "The trainee's standing")
    @APIResponse(responseCode = "404", description = "No such enrolment, or not one you may see")
    public StandingView standing(
            @Parameter(description = "the trainee's enrolment") @PathParam("enrolmentId") UUID enrolmentId) {
        return StandingView.of(exams.standing(enrolmentId, Caller.of(identity)));
    }
}
