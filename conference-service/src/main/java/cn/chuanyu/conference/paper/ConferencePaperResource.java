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

/** A conference's papers: submission by researchers, listing by organisers. */
@Path("/api/conference/conferences/{conferenceId}/papers")
@Tag(name = "Papers", description = "论文: submission and editing by their researchers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ConferencePaperResource {

    private final Papers papers;
    private final SecurityIdentity identity;

    ConferencePaperResource(Papers papers, SecurityIdentity identity) {
        this.papers = papers;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.RESEARCHER)
    @Operation(
            operationId = "submitPaper",
            summary = "Submit a paper to a conference track",
            description = "Researchers only, and only while the call for papers is open: today's date in "
                    + "Asia/Shanghai within the conference's callOpensOn..callClosesOn, both inclusive (409 "
                    + "otherwise). Nothing needs to be unique. The track must be one of the conference's; exactly one "
                    + "author is the corresponding author. Emits cn.chuanyu.conference.paper.submitted.v1.")
    @APIResponseSchema(
            value = PaperView.class,
            responseCode = "201",
            responseDescription = "Submitted; Location names the paper")
    @APIResponse(
            responseCode = "400",
            description = "Invalid paper, unknown track, not exactly one corresponding author")
    @APIResponse(responseCode = "409", description = "The call for papers is not open")
    public Response submit(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull PaperRequest request) {
        Paper paper = papers.submit(conferenceId, request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/papers/" + paper.id))
                .entity(PaperView.of(paper))
                .build();
    }

    @GET
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "listConferencePapers",
            summary = "List a conference's papers (organisers)",
            description = "Page by page, latest submission first.")
    @APIResponse(responseCode = "200", description = "One page of the conference's papers")
    public PageOf<PaperView> ofConference(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
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
        return papers.ofConference(conferenceId, page, size).map(PaperView::of);
    }
}
