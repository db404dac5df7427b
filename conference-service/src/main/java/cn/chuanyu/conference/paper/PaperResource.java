package cn.chuanyu.conference.paper;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/papers")
@Tag(name = "Papers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class PaperResource {

    private final Papers papers;
    private final SecurityIdentity identity;

    PaperResource(Papers papers, SecurityIdentity identity) {
        this.papers = papers;
        this.identity = identity;
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "editPaper",
            summary = "Edit your paper until its review starts",
            description = "Only its submitter, while the paper is SUBMITTED. Send the version you read: a paper "
                    + "changed since is refused with 409, never overwritten.")
    @APIResponse(responseCode = "200", description = "The edited paper with its new version")
    @APIResponse(responseCode = "403", description = "Not your paper")
    @APIResponse(responseCode = "409", description = "Changed since you read it, or already under review")
    public PaperView edit(
            @Parameter(description = "the paper's id") @PathParam("id") UUID id, @Valid @NotNull PaperRequest request) {
        return PaperView.of(papers.edit(id, request, Caller.of(identity).user()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.RESEARCHER, Caller.ORGANISER})
    @Operation(
            operationId = "getPaper",
            summary = "Read a paper: your own, or any as an organiser",
            description = "To anyone else the paper does not exist (404); reviewers read assigned papers blind "
                    + "under /reviews/assignments/{id}.")
    @APIResponse(responseCode = "200", description = "The paper")
    @APIResponse(responseCode = "404", description = "No such paper, or not yours to read")
    public PaperView get(@Parameter(description = "the paper's id") @PathParam("id") UUID id) {
        return PaperView.of(papers.get(id, Caller.of(identity)));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "listMyPapers",
            summary = "List the papers you submitted, latest first",
            description = "Page by page, across all conferences.")
    @APIResponse(responseCode = "200", description = "One page of your papers")
    public PageOf<PaperView> mine(
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
        return papers.submittedBy(Caller.of(identity).user(), page, size).map(PaperView::of);
    }
}
