package cn.chuanyu.conference.deadline;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/conferences/{conferenceId}/review-deadline")
@Tag(name = "Review")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ReviewDeadlineResource {

    private final ReviewDeadlines deadlines;
    private final SecurityIdentity identity;

    ReviewDeadlineResource(ReviewDeadlines deadlines, SecurityIdentity identity) {
        this.deadlines = deadlines;
        this.identity = identity;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "setReviewDeadline",
            summary = "Set or move a conference's review deadline (organisers)",
            description = "The last day reviews are due, China's date (Asia/Shanghai), inclusive. Reviewers without a "
                    + "review of an undecided paper are reminded once when it is at most the notice days away "
                    + "(review.reminder-due) and told once the day after it passed (review.overdue); moving it tells "
                    + "them again. A soft deadline: late reviews are still taken.")
    @APIResponse(responseCode = "200", description = "The deadline as set")
    @APIResponse(responseCode = "404", description = "No such conference")
    public ReviewDeadlineView set(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull ReviewDeadlineRequest request) {
        return deadlines.set(conferenceId, request, Caller.of(identity).user());
    }

    @GET
    @RolesAllowed({Caller.ORGANISER, Caller.REVIEWER})
    @Operation(operationId = "getReviewDeadline", summary = "A conference's review deadline")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "404", description = "No such conference, or no deadline set")
    public ReviewDeadlineView get(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        return deadlines.get(conferenceId);
    }
}
