package cn.chuanyu.conference.review;

import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/** Blind expert review: registering experts, assigning papers, reviewing, tallying and deciding. */
@ApplicationScoped
public class Reviews {

    private final ConflictOfInterest conflicts;
    private final Outbox outbox;
    private final ConferenceClock clock;

    Reviews(ConflictOfInterest conflicts, Outbox outbox, ConferenceClock clock) {
        this.conflicts = conflicts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ExpertReviewer register(RegisterReviewerRequest request, String organiser) {
        if (ExpertReviewer.findById(request.username()) != null) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "reviewer-exists",
                    "The reviewer is registered",
                    request.username() + " is a registered reviewer already");
        }
        var reviewer = ExpertReviewer.register(request, organiser, clock.now());
        reviewer.persist();
        return reviewer;
    }

    public List<ExpertReviewer> reviewers() {
        return ExpertReviewer.listAll(Sort.by("username"));
    }

    /** Assigns the paper unless the expert has a conflict of interest, which the refusal names. */
    @Transactional
    public ReviewAssignment assign(UUID paperId, String reviewerName, String organiser) {
        Paper paper = lockedPaper(paperId);
        ExpertReviewer reviewer = ExpertReviewer.findById(reviewerName);
        if (reviewer == null) {
            throw ProblemException.notFound("Reviewer", reviewerName);
        }
        Instant now = clock.now();
        conflicts.between(reviewer, paper, now).ifPresent(reason -> {
            throw ProblemException.untranslated(
                    Status.CONFLICT, "conflict-of-interest", "Conflict of interest", reason);
        });
        if (ReviewAssignment.count("paperId = ?1 and reviewer = ?2", paperId, reviewerName) > 0) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "already-assigned",
                    "Already assigned",
                    reviewerName + " is already assigned paper " + paperId);
        }
        var assignment = ReviewAssignment.assign(paper, reviewer, organiser, now);
        assignment.persist();
        return assignment;
    }

    public List<BlindPaperView> assignedTo(String reviewer) {
        return ReviewAssignment.<ReviewAssignment>list("reviewer = ?1 order by assignedAt desc", reviewer).stream()
                .map(a -> BlindPaperView.of(a, Paper.findById(a.paperId), Review.findById(a.id) != null))
                .toList();
    }

    /** An assigned paper, blind; to a reviewer it was not assigned to, it does not exist. */
    public BlindPaperView assignedPaper(UUID assignmentId, String reviewer) {
        ReviewAssignment assignment = assignmentOf(assignmentId, reviewer);
        return BlindPaperView.of(assignment, Paper.findById(assignment.paperId), Review.findById(assignmentId) != null);
    }

    @Transactional
    public Review submitReview(UUID assignmentId, ReviewRequest request, String reviewer) {
        ReviewAssignment assignment = assignmentOf(assignmentId, reviewer);
        Paper paper = lockedPaper(assignment.paperId);
        if (Review.findById(assignmentId) != null) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "already-reviewed",
                    "Already reviewed",
                    "You reviewed this paper already; a review cannot be submitted twice");
        }
        var review = Review.submit(assignment, paper, request, clock.now());
        review.persist();
        return review;
    }

    public ReviewTally tally(UUID paperId) {
        Paper paper = paper(paperId);
        List<ReviewAssignment> assignments = ReviewAssignment.list("paperId", paperId);
        List<Review> reviews = assignments.stream()
                .map(a -> Review.<Review>findById(a.id))
                .filter(r -> r != null)
                .toList();
        Map<String, Double> averages = new LinkedHashMap<>();
        averages.put("originality", average(reviews, r -> r.originality));
        averages.put("significance", average(reviews, r -> r.significance));
        averages.put("rigour", average(reviews, r -> r.rigour));
        averages.put("clarity", average(reviews, r -> r.clarity));
        Map<Recommendation, Long> recommendations = new EnumMap<>(Recommendation.class);
        reviews.forEach(r -> recommendations.merge(r.recommendation, 1L, Long::sum));
        return new ReviewTally(
                paperId,
                paper.status,
                assignments.size(),
                reviews.size(),
                averages,
                recommendations,
                assignments.stream().map(a -> a.reviewer).toList());
    }

    /** Accepts or rejects a paper that has at least one review; announces the decision. */
    @Transactional
    public Paper decide(UUID paperId, DecisionRequest request, String organiser) {
        Paper paper = lockedPaper(paperId);
        long reviews =
                Review.count("assignmentId in (select a.id from ReviewAssignment a where a.paperId = ?1)", paperId);
        if (reviews == 0) {
            throw ProblemException.untranslated(
                    Status.CONFLICT,
                    "no-reviews",
                    "No review yet",
                    "Paper " + paperId + " has no review; decide once at least one expert has reviewed it");
        }
        paper.decide(request.decision() == DecisionRequest.Decision.ACCEPT, organiser, request.note(), clock.now());
        outbox.publish(PaperEvents.decided(paper, (int) reviews));
        return paper;
    }

    private ReviewAssignment assignmentOf(UUID assignmentId, String reviewer) {
        ReviewAssignment assignment = ReviewAssignment.findById(assignmentId);
        if (assignment == null || !assignment.reviewer.equals(reviewer)) {
            throw ProblemException.notFound("Review assignment", assignmentId);
        }
        return assignment;
    }

    /** Locking the paper serialises assignments, reviews and decisions on it. */
    private static Paper lockedPaper(UUID paperId) {
        Paper paper = Paper.findById(paperId, LockModeType.PESSIMISTIC_WRITE);
        if (paper == null) {
            throw ProblemException.notFound("Paper", paperId);
        }
        return paper;
    }

    private static Paper paper(UUID paperId) {
        Paper paper = Paper.findById(paperId);
        if (paper == null) {
            throw ProblemException.notFound("Paper", paperId);
        }
        return paper;
    }

    private static Double average(List<Review> reviews, ToIntFunction<Review> score) {
        return reviews.isEmpty()
                ? null
                : reviews.stream().mapToInt(score).average().orElseThrow();
    }
}
