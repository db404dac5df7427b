package cn.chuanyu.conference.response;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

@Path("/api/conference/papers/{paperId}/reviews")
@Tag(name = "Author response")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ReleasedReviewsResource {

    private final AuthorResponses responses;
    private final SecurityIdentity identity;

    ReleasedReviewsResource(AuthorResponses responses, SecurityIdentity identity) {
        this.responses = responses;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "getReleasedReviews",
            summary = "The reviews of your paper, anonymised",
            description = "Numbered (审稿人 1, 2, ...) without the experts' names or recommendations: while the "
                    + "conference's author-response window is open and the paper is under review, and after the "
                    + "decision, with the decision note (409 reviews-not-released otherwise). The submitter only; "
                    + "anyone else: 404.")
    @APIResponse(responseCode = "200", description = "The reviews")
    @APIResponse(responseCode = "404", description = "No such paper of yours")
    @APIResponse(responseCode = "409", description = "Not released yet")
    public ReleasedReviewsView get(@Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId) {
        return responses.reviewsForSubmitter(paperId, Caller.of(identity).user());
    }
}
