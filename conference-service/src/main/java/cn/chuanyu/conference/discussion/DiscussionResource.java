package cn.chuanyu.conference.discussion;

import cn.chuanyu.conference.kernel.Caller;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/discussions/papers/{paperId}/posts")
@Tag(name = "Discussion", description = "评审讨论: a thread per paper for its reviewers and the organisers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class DiscussionResource {

    private final Discussions discussions;
    private final SecurityIdentity identity;

    DiscussionResource(Discussions discussions, SecurityIdentity identity) {
        this.discussions = discussions;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANISER, Caller.REVIEWER, Caller.RESEARCHER})
    @Operation(
            operationId = "postToDiscussion",
            summary = "Post to a paper's discussion",
            description = "Organisers, and the experts assigned to the paper who have no conflict of interest with it. "
                    + "To anyone else, its authors (researchers) included, the discussion does not exist (404).")
    @APIResponseSchema(value = PostView.class, responseCode = "201", responseDescription = "Posted")
    @APIResponse(responseCode = "404", description = "No such paper, or not one you discuss")
    public Response post(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId,
            @Valid @NotNull PostRequest request) {
        PostView post = discussions.post(paperId, request, Caller.of(identity));
        return Response.status(Response.Status.CREATED).entity(post).build();
    }

    @GET
    @RolesAllowed({Caller.ORGANISER, Caller.REVIEWER, Caller.RESEARCHER})
    @Operation(
            operationId = "listDiscussion",
            summary = "A paper's discussion, oldest first",
            description = "Reviewers read one another as 审稿人 N (their number on the paper, by assignment) and the "
                    + "organisers as 大会组织方: review stays blind among reviewers. Organisers read the user names. "
                    + "Anyone else: 404.")
    @APIResponse(responseCode = "200", description = "One page of posts")
    @APIResponse(responseCode = "404", description = "No such paper, or not one you discuss")
    public PageOf<PostView> list(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId,
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
        return discussions.posts(paperId, Caller.of(identity), page, size);
    }
}
