package cn.chuanyu.conference.review;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conference/reviews")
@Tag(name = "Review", description = "评审: blind expert review with conflict-of-interest checks, and decisions")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ReviewResource {

    private final Reviews reviews;
    private final SecurityIdentity identity;

    ReviewResource(Reviews reviews, SecurityIdentity identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    public record AssignRequest(
            @NotNull UUID paperId, @NotBlank String reviewer) {}

    public record AssignmentView(UUID id, UUID paperId, String reviewer) {}

    public record DecisionView(UUID paperId, PaperStatus status, String decidedBy, String note) {}

    public record ReviewRecorded(UUID assignmentId, Recommendation recommendation) {}

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "assignReviewer",
            summary = "Assign a paper to an expert reviewer",
            description = "Refused with conflict-of-interest when the expert is an author, works at an author's "
                    + "institution, or co-authored a paper with an author in the last three years.")
    @APIResponseSchema(
            value = AssignmentView.class,
            responseCode = "201",
            responseDescription = "Assigned; the paper is now under review")
    @APIResponse(responseCode = "409", description = "Conflict of interest (the detail says why), or already assigned")
    public Response assign(@Valid @NotNull AssignRequest request) {
        ReviewAssignment a = reviews.assign(
                request.paperId(), request.reviewer(), Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/reviews/assignments/" + a.id))
                .entity(new AssignmentView(a.id, a.paperId, a.reviewer))
                .build();
    }

    @GET
    @Path("/assignments")
    @RolesAllowed(Caller.REVIEWER)
    @Operation(operationId = "listMyAssignments", summary = "The papers assigned to you, blind (no authors)")
    public List<BlindPaperView> mine() {
        return reviews.assignedTo(Caller.of(identity).user());
    }

    @GET
    @Path("/assignments/{id}")
    @RolesAllowed(Caller.REVIEWER)
    @Operation(operationId = "getAssignedPaper", summary = "One paper assigned to you, blind")
    @APIResponse(responseCode = "200", description = "The paper, without its authors")
    @APIResponse(responseCode = "404", description = "No such assignment of yours")
    public BlindPaperView assigned(@PathParam("id") UUID id) {
        return reviews.assignedPaper(id, Caller.of(identity).user());
    }

    @POST
    @Path("/assignments/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REVIEWER)
    @Operation(operationId = "submitReview", summary = "Submit your one review of an assigned paper")
    @APIResponseSchema(value = ReviewRecorded.class, responseCode = "201", responseDescription = "Review recorded")
    @APIResponse(responseCode = "409", description = "You reviewed this paper already, or it is decided")
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest request) {
        Review review = reviews.submitReview(id, request, Caller.of(identity).user());
        return Response.status(Response.Status.CREATED)
                .entity(new ReviewRecorded(review.assignmentId, review.recommendation))
                .build();
    }

    @GET
    @Path("/papers/{paperId}/tally")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(operationId = "getReviewTally", summary = "A paper's review tally (organisers)")
    public ReviewTally tally(@PathParam("paperId") UUID paperId) {
        return reviews.tally(paperId);
    }

    @POST
    @Path("/papers/{paperId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "decidePaper",
            summary = "Accept or reject a reviewed paper (organisers)",
            description = "Emits cn.chuanyu.conference.paper.decided.v1.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "No review yet, or not under review")
    public DecisionView decide(@PathParam("paperId") UUID paperId, @Valid @NotNull DecisionRequest request) {
        var paper = reviews.decide(paperId, request, Caller.of(identity).user());
        return new DecisionView(paper.id, paper.status, paper.decidedBy, paper.decisionNote);
    }
}
