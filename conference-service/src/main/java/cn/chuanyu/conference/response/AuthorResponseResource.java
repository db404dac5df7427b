package cn.chuanyu.conference.response;

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

@Path("/api/conference/papers/{paperId}/author-response")
@Tag(name = "Author response")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class AuthorResponseResource {

    private final AuthorResponses responses;
    private final SecurityIdentity identity;

    AuthorResponseResource(AuthorResponses responses, SecurityIdentity identity) {
        this.responses = responses;
        this.identity = identity;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "respondToReviews",
            summary = "Answer the reviews of your paper, inside the conference's author-response window",
            description = "The submitter only (anyone else: 404), while the paper is under review and has a review "
                    + "(409 paper-not-under-review, no-reviews), inside the window (409 no-response-window, "
                    + "response-window-closed). Replaces your earlier answer. 400 response-too-long over the "
                    + "window's word limit (each CJK character a word, each run of other letters or digits one word).")
    @APIResponse(responseCode = "200", description = "Your answer as recorded")
    @APIResponse(responseCode = "404", description = "No such paper of yours")
    @APIResponse(responseCode = "409", description = "Not under review, no review yet, or the window is not open")
    public AuthorResponseView respond(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId,
            @Valid @NotNull AuthorResponseRequest request) {
        return responses.respond(paperId, request, Caller.of(identity).user());
    }

    @GET
    @RolesAllowed({Caller.RESEARCHER, Caller.ORGANISER})
    @Operation(
            operationId = "getAuthorResponse",
            summary = "The answer to a paper's reviews (its submitter, organisers)",
            description = "Assigned reviewers read it through their assignment. Anyone else: 404.")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "404", description = "No such paper of yours, or no answer")
    public AuthorResponseView get(@Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId) {
        return responses.response(paperId, Caller.of(identity));
    }
}
