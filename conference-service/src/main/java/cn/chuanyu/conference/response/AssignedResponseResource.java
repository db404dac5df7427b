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

@Path("/api/conference/reviews/assignments/{id}/author-response")
@Tag(name = "Review")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class AssignedResponseResource {

    private final AuthorResponses responses;
    private final SecurityIdentity identity;

    AssignedResponseResource(AuthorResponses responses, SecurityIdentity identity) {
        this.responses = responses;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "getAssignedAuthorResponse",
            summary = "The submitter's answer to the reviews of a paper assigned to you",
            description = "Without the submitter's name. Another reviewer's assignment does not exist for you (404).")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "404", description = "No such assignment of yours, or no answer")
    public AuthorResponseView get(@Parameter(description = "the assignment's id") @PathParam("id") UUID id) {
        return responses.responseForReviewer(id, Caller.of(identity).user());
    }
}
