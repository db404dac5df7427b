package cn.chuanyu.conference.assignment;

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

@Path("/api/conference/bids")
@Tag(name = "Bidding", description = "投标: experts bid on the papers of a conference, blind, before assignment")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.REVIEWER)
public class BidResource {

    private final Bids bids;
    private final SecurityIdentity identity;

    BidResource(Bids bids, SecurityIdentity identity) {
        this.bids = bids;
        this.identity = identity;
    }

    @GET
    @Path("/conferences/{conferenceId}/papers")
    @Operation(
            operationId = "listPapersToBidOn",
            summary = "The undecided papers of a conference to bid on, blind, with your bids",
            description = "Registered experts only (403 otherwise). Without authors or institutions; only your own "
                    + "bids. In submission order, page by page.")
    @APIResponse(responseCode = "200", description = "One page of papers with your bid on each")
    @APIResponse(responseCode = "404", description = "No such conference")
    public PageOf<BiddablePaperView> papers(
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
        return bids.papers(conferenceId, Caller.of(identity).user(), page, size);
    }

    @PUT
    @Path("/papers/{paperId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "placeBid",
            summary = "Bid on a paper, or change your bid",
            description = "Registered experts only (403 otherwise); a decided paper takes no bids (409). "
                    + "NOT_WILLING keeps the paper out of your proposals.")
    @APIResponse(responseCode = "200", description = "Your bid as recorded")
    @APIResponse(responseCode = "404", description = "No such paper")
    @APIResponse(responseCode = "409", description = "The paper is decided")
    public BidView bid(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId,
            @Valid @NotNull BidRequest request) {
        return BidView.of(bids.bid(paperId, request.bid(), Caller.of(identity).user()));
    }
}
