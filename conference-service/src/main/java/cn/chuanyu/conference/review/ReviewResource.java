package cn.chuanyu.conference.review;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    private final ReviewForms forms;
    private final SecurityIdentity identity;

    ReviewResource(Reviews reviews, ReviewForms forms, SecurityIdentity identity) {
        this.reviews = reviews;
        this.forms = forms;
        this.identity = identity;
    }

    @Schema(description = "A paper to give to an expert reviewer", example = """
            {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "reviewer": "reviewer"}""")
    public record AssignRequest(
            @Schema(description = "the paper's id") @NotNull UUID paperId,

            @Schema(description = "the user name of a registered expert reviewer") @NotBlank @Size(max = 100)
            String reviewer) {}

    @Schema(description = "An assignment of a paper to an expert reviewer", example = """
            {"id": "9b2e4c6a-8d0f-4a1b-b3c5-d7e9f1a3b5c7", "paperId": "0f8fad5b-d9cb-469f-a165-70867728950e",
             "reviewer": "reviewer", "assignedAt": "2020-11-20T02:00:00Z"}""")
    public record AssignmentView(
            @Schema(description = "the assignment's id") UUID id,
            @Schema(description = "the paper's id") UUID paperId,

            @Schema(description = "the user name of the expert reviewer")
            String reviewer,

            @Schema(description = "when the paper was assigned")
            Instant assignedAt) {}

    @Schema(description = "An organiser's decision on a paper", example = """
            {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "status": "ACCEPTED", "decidedBy": "organiser",
             "decidedAt": "2020-11-30T02:00:00Z", "note": "评审专家一致推荐"}""")
    public record DecisionView(
            @Schema(description = "the paper's id") UUID paperId,

            @Schema(description = "the paper's state now: ACCEPTED or REJECTED")
            PaperStatus status,

            @Schema(description = "the user name of the organiser who decided")
            String decidedBy,

            @Schema(description = "when the paper was decided")
            Instant decidedAt,

            @Schema(nullable = true, description = "the organiser's note; null if none was given")
            String note) {}

    @Schema(description = "A review recorded", example = """
            {"assignmentId": "9b2e4c6a-8d0f-4a1b-b3c5-d7e9f1a3b5c7", "paperId": "0f8fad5b-d9cb-469f-a165-70867728950e",
             "recommendation": "ACCEPT", "revision": 1, "submittedAt": "2020-11-25T02:00:00Z"}""")
    public record ReviewRecorded(
            @Schema(description = "the id of the assignment reviewed")
            UUID assignmentId,

            @Schema(description = "the id of the paper reviewed")
            UUID paperId,

            @Schema(description = "the recommendation recorded")
            Recommendation recommendation,

            @Schema(description = "the review's revision now: 1 when first submitted, one more with each revision")
            int revision,

            @Schema(description = "when this revision was recorded")
            Instant submittedAt) {
        static ReviewRecorded of(Review review, UUID paperId) {
            Instant at = review.revisedAt == null ? review.submittedAt : review.revisedAt;
            return new ReviewRecorded(review.assignmentId, paperId, review.recommendation, review.revision, at);
        }
    }

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "assignReviewer",
            summary = "Assign a paper to an expert reviewer",
            description = "Organisers only. Each (paper, reviewer) pair is assigned at most once (409 otherwise). "
                    + "Refused with conflict-of-interest when the expert is an author, works at an author's "
                    + "institution, or co-authored a paper with an author in the last three years. The first "
                    + "assignment starts the paper's review: its submitter can no longer edit it.")
    @APIResponseSchema(
            value = AssignmentView.class,
            responseCode = "201",
            responseDescription = "Assigned; the paper is now under review")
    @APIResponse(responseCode = "409", description = "Conflict of interest (the detail says why), or already assigned")
    public Response assign(@Valid @NotNull AssignRequest request) {
        ReviewAssignment a = reviews.assign(
                request.paperId(), request.reviewer(), Caller.of(identity).user());
        return Response.created(URI.create("/api/conference/reviews/assignments/" + a.id))
                .entity(new AssignmentView(a.id, a.paperId, a.reviewer, a.assignedAt))
                .build();
    }

    @GET
    @Path("/assignments")
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "listMyAssignments",
            summary = "The papers assigned to you, blind (no authors)",
            description = "Page by page, latest assignment first.")
    @APIResponse(responseCode = "200", description = "One page of your assigned papers")
    public PageOf<BlindPaperView> mine(
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
        return reviews.assignedTo(Caller.of(identity).user(), page, size);
    }

    @GET
    @Path("/assignments/{id}")
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "getAssignedPaper",
            summary = "One paper assigned to you, blind",
            description = "Without its authors or their institutions. Another reviewer's assignment does not exist "
                    + "for you (404).")
    @APIResponse(responseCode = "200", description = "The paper, without its authors")
    @APIResponse(responseCode = "404", description = "No such assignment of yours")
    public BlindPaperView assigned(@Parameter(description = "the assignment's id") @PathParam("id") UUID id) {
        return reviews.assignedPaper(id, Caller.of(identity).user());
    }

    @POST
    @Path("/assignments/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "submitReview",
            summary = "Submit your one review of an assigned paper",
            description =
                    "Scores per criterion of the conference's review form (400 invalid-review-scores for an unknown "
                            + "criterion, a required one missing or a score off its scale). One review per "
                            + "assignment: a second is refused with 409 (revise it with PUT), as is a review of a "
                            + "decided paper.")
    @APIResponseSchema(value = ReviewRecorded.class, responseCode = "201", responseDescription = "Review recorded")
    @APIResponse(responseCode = "409", description = "You reviewed this paper already, or it is decided")
    public Response review(
            @Parameter(description = "the assignment's id") @PathParam("id") UUID id,
            @Valid @NotNull ReviewRequest request) {
        Review review = reviews.submitReview(id, request, Caller.of(identity).user());
        UUID paperId = ReviewAssignment.<ReviewAssignment>findById(id).paperId;
        return Response.status(Response.Status.CREATED)
                .entity(ReviewRecorded.of(review, paperId))
                .build();
    }

    @PUT
    @Path("/assignments/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "reviseReview",
            summary = "Revise your review of an assigned paper, until the paper is decided",
            description = "Send the revision you read (400 without it, 409 concurrent-modification if another came "
                    + "first); 409 paper-decided once the paper is decided. Every revision is kept for the organisers.")
    @APIResponse(responseCode = "200", description = "The new revision")
    @APIResponse(responseCode = "404", description = "No such assignment of yours, or no review yet")
    @APIResponse(responseCode = "409", description = "Another revision came first, or the paper is decided")
    public ReviewRecorded revise(
            @Parameter(description = "the assignment's id") @PathParam("id") UUID id,
            @Valid @NotNull ReviseReviewRequest request) {
        Review review = reviews.reviseReview(id, request, Caller.of(identity).user());
        return ReviewRecorded.of(review, ReviewAssignment.<ReviewAssignment>findById(id).paperId);
    }

    @GET
    @Path("/assignments/{id}/form")
    @RolesAllowed(Caller.REVIEWER)
    @Operation(
            operationId = "getReviewFormOfAssignment",
            summary = "The review form to score an assigned paper on",
            description = "Another reviewer's assignment does not exist for you (404).")
    @APIResponse(responseCode = "200", description = "The form of the paper's conference")
    @APIResponse(responseCode = "404", description = "No such assignment of yours")
    public ReviewFormView form(@Parameter(description = "the assignment's id") @PathParam("id") UUID id) {
        return reviews.formFor(id, Caller.of(identity).user());
    }

    @GET
    @Path("/papers/{paperId}/history")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "getReviewHistory",
            summary = "Every revision of every review of a paper (organisers)",
            description = "By assignment, then revision: what each expert submitted and when.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "404", description = "No such paper")
    public List<ReviewRevisionView> history(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId) {
        return reviews.history(paperId);
    }

    @GET
    @Path("/forms/{conferenceId}")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "getReviewForm",
            summary = "A conference's review form (organisers)",
            description = "The default form until the organisers define one.")
    @APIResponse(responseCode = "200", description = "The form")
    @APIResponse(responseCode = "404", description = "No such conference")
    public ReviewFormView reviewForm(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId) {
        return forms.form(conferenceId);
    }

    @PUT
    @Path("/forms/{conferenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "defineReviewForm",
            summary = "Define a conference's review form (organisers)",
            description = "Criteria with zh/en labels, a scale, a weight and whether required. Only while no paper of "
                    + "the conference has a review (409 review-form-in-use); changing a defined form needs its "
                    + "version (400 without, 409 if stale).")
    @APIResponse(responseCode = "200", description = "The form as defined")
    @APIResponse(responseCode = "404", description = "No such conference")
    @APIResponse(responseCode = "409", description = "Reviews exist already, or another change came first")
    public ReviewFormView defineReviewForm(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @NotNull ReviewFormRequest request) {
        return forms.define(conferenceId, request, Caller.of(identity).user());
    }

    @GET
    @Path("/papers/{paperId}/tally")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "getReviewTally",
            summary = "A paper's review tally (organisers)",
            description = "Averages per criterion of the conference's form, the weighted score (0 to 100), "
                    + "recommendations counted, and the experts assigned.")
    @APIResponse(responseCode = "200", description = "The tally")
    public ReviewTally tally(@Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId) {
        return reviews.tally(paperId);
    }

    @POST
    @Path("/papers/{paperId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "decidePaper",
            summary = "Accept or reject a reviewed paper (organisers)",
            description = "Organisers only, once the paper has at least one review; the decision is final. "
                    + "Emits cn.chuanyu.conference.paper.decided.v1.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "No review yet, or not under review")
    public DecisionView decide(
            @Parameter(description = "the paper's id") @PathParam("paperId") UUID paperId,
            @Valid @NotNull DecisionRequest request) {
        var paper = reviews.decide(paperId, request, Caller.of(identity).user());
        return new DecisionView(paper.id, paper.status, paper.decidedBy, paper.decidedAt, paper.decisionNote);
    }
}
