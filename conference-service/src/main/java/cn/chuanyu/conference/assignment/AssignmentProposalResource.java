package cn.chuanyu.conference.assignment;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/conference/assignment-proposals")
@Tag(name = "Review")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
@RolesAllowed(Caller.ORGANISER)
public class AssignmentProposalResource {

    private final AssignmentProposals proposals;
    private final SecurityIdentity identity;

    AssignmentProposalResource(AssignmentProposals proposals, SecurityIdentity identity) {
        this.proposals = proposals;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "proposeAssignment",
            summary = "Propose reviewers for a conference's undecided papers (organisers)",
            description = "An optimal assignment (minimum-cost maximum flow): first as many of the places as can be "
                    + "filled, then the greatest sum of scores (bid weight plus topic affinity), under both limits; "
                    + "existing assignments count. Conflicted pairs and NOT_WILLING bids are never proposed. Nothing "
                    + "is assigned until the proposal is applied.")
    @APIResponseSchema(value = ProposalView.class, responseCode = "201", responseDescription = "Proposed")
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response propose(@Valid @NotNull ProposalRequest request) {
        AssignmentProposal proposal =
                proposals.propose(request, Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/assignment-proposals/" + proposal.id))
                .entity(ProposalView.of(proposal))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignmentProposal", summary = "An assignment proposal (organisers)")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "404", description = "No such proposal")
    public ProposalView proposal(@Parameter(description = "the proposal's id") @PathParam("id") UUID id) {
        return ProposalView.of(proposals.proposal(id));
    }

    @POST
    @Path("/{id}/application")
    @Operation(
            operationId = "applyAssignmentProposal",
            summary = "Apply an assignment proposal: assign all its pairs at once (organisers)",
            description = "In one step: the proposal is computed again on today's data; if it differs (a bid, a "
                    + "conflict, an expert or an assignment changed), nothing is assigned and the answer is 409 "
                    + "proposal-stale: ask for a new one. Otherwise every pair is assigned and announced "
                    + "(cn.chuanyu.conference.review.assigned.v1 each). A proposal is applied once.")
    @APIResponse(responseCode = "200", description = "Applied; the proposal with who applied it and when")
    @APIResponse(responseCode = "404", description = "No such proposal")
    @APIResponse(responseCode = "409", description = "Stale (compute a new one) or applied already")
    public ProposalView apply(@Parameter(description = "the proposal's id") @PathParam("id") UUID id) {
        return ProposalView.of(proposals.apply(id, Caller.of(identity).user()));
    }
}
