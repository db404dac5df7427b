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

@Path("/api/conference/conferences/{conferenceId}/author-response-window")
@Tag(name = "Author response", description = "作者答辩: the submitter answers the anonymised reviews of their paper")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ResponseWindowResource {

    private final AuthorResponses responses;
    private final SecurityIdentity identity;

    ResponseWindowResource(AuthorResponses responses, SecurityIdentity identity) {
        this.responses = responses;
        this.identity = identity;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "setAuthorResponseWindow",
            summary = "Open or move a conference's author-response window (organisers)",
            description = "China's dates (Asia/Shanghai), both inclusive, and a word limit: each CJK character counts "
                    + "as a word, each run of other letters or digits as one word. Replaces an earlier window. "
                    + "400 invalid-dates if it closes before it opens.")
    @APIResponse(responseCode = "200", description = "The window as set")
    @APIResponse(responseCode = "404", description = "No such conference")
    public ResponseWindowView set(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull ResponseWindowRequest request) {
        return responses.setWindow(conferenceId, request, Caller.of(identity).user());
    }

    @GET
    @RolesAllowed({Caller.ORGANISER, Caller.RESEARCHER, Caller.REVIEWER})
    @Operation(
            operationId = "getAuthorResponseWindow",
            summary = "A conference's author-response window",
            description = "Whether it is open today (in China) included.")
    @APIResponse(responseCode = "200", description = "The window")
    @APIResponse(responseCode = "404", description = "No such conference, or it has no author response")
    public ResponseWindowView get(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        return responses.window(conferenceId);
    }
}
