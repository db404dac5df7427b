package cn.chuanyu.conference.review;

import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
            throw new ProblemException(Status.CONFLICT, "reviewer-exists", "reviewer-exists", request.username());
        }
        var reviewer = ExpertReviewer.register(request, organiser, clock.now());
        reviewer.persist();
        return reviewer;
    }

    /** The registered experts, by user name, page by page. */
    public PageOf<ExpertReviewer> reviewers(int page, int size) {
        var query = ExpertReviewer.<ExpertReviewer>findAll(Sort.by("username")).page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /** Assigns the paper unless the expert has a conflict of interest, which the refusal names; tells the expert. */
    @Transactional
    public ReviewAssignment assign(UUID paperId, String reviewerName, String organiser) {
        Paper paper = lockedPaper(paperId);
        ExpertReviewer reviewer = ExpertReviewer.findById(reviewerName);
        if (reviewer == null) {
            throw ProblemException.notFound("reviewer", reviewerName);
        }
        Instant now = clock.now();
        conflicts.between(reviewer, paper, now).ifPresent(refusal -> {
            throw refusal;
        });
        if (ReviewAssignment.count("paperId = ?1 and reviewer = ?2", paperId, reviewerName) > 0) {
            throw new ProblemException(Status.CONFLICT, "already-assigned", "already-assigned", reviewerName, paperId);
        }
        var assignment = ReviewAssignment.assign(paper, reviewer, organiser, now);
        assignment.persist();
        outbox.publish(ReviewEvents.assigned(assignment, paper, reviewer));
        return assignment;
    }

    /**
     * Assigns a pair whose conflicts the caller checked in this transaction, on papers it locked first (a proposal
     * being applied); tells the expert as a manual assignment does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewAssignment assignChecked(Paper paper, ExpertReviewer reviewer, String organiser, Instant now) {
        var assignment = ReviewAssignment.assign(paper, reviewer, organiser, now);
        assignment.persist();
        outbox.publish(ReviewEvents.assigned(assignment, paper, reviewer));
        return assignment;
    }

    /** The calling expert's expertise and declared institutions, replacing what they declared before. */
    @Transactional
    public ExpertReviewer declareProfile(String expert, List<String> expertise, List<String> institutions) {
        ExpertReviewer reviewer = ExpertReviewer.findById(expert, LockModeType.PESSIMISTIC_WRITE);
        if (reviewer == null) {
            throw ProblemException.forbidden("not-a-registered-reviewer", expert);
        }
        reviewer.declare(expertise, institutions);
        return reviewer;
    }

    /** A conflict of interest on one paper, declared by its submitter or by the expert; the pair is never assigned. */
    @Transactional
    public DeclaredConflict declareConflict(UUID paperId, String reviewerName, String caller) {
        Paper paper = lockedPaper(paperId);
        DeclaredConflict.requireDeclarant(paper, reviewerName, caller);
        ExpertReviewer reviewer = ExpertReviewer.findById(reviewerName);
        if (reviewer == null) {
            throw ProblemException.notFound("reviewer", reviewerName);
        }
        if (DeclaredConflict.count("paperId = ?1 and reviewer = ?2", paperId, reviewerName) > 0) {
            throw new ProblemException(
                    Status.CONFLICT, "conflict-already-declared", "conflict-already-declared", reviewerName, paperId);
        }
        var conflict = DeclaredConflict.declare(paper, reviewer, caller, clock.now());
        conflict.persist();
        return conflict;
    }

    /** The papers assigned to the reviewer, latest assignment first, page by page. */
    public PageOf<BlindPaperView> assignedTo(String reviewer, int page, int size) {
        var query = ReviewAssignment.<ReviewAssignment>find("reviewer = ?1 order by assignedAt desc, id", reviewer)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count())
                .map(a -> BlindPaperView.of(a, Paper.findById(a.paperId), Review.findById(a.id) != null));
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
            throw new ProblemException(Status.CONFLICT, "already-reviewed", "already-reviewed");
        }
        ReviewForms.requireConference(paper.conferenceId, LockModeType.PESSIMISTIC_READ); // the form holds still
        Instant now = clock.now();
        var review = Review.submit(assignment, paper, ReviewForm.criteriaOf(paper.conferenceId), request, now);
        review.persist();
        ReviewRevision.of(review, now).persist();
        return review;
    }

    /** A new revision of the reviewer's review, from the revision they read; the earlier ones stay readable. */
    @Transactional
    public Review reviseReview(UUID assignmentId, ReviseReviewRequest request, String reviewer) {
        ReviewAssignment assignment = assignmentOf(assignmentId, reviewer);
        Paper paper = lockedPaper(assignment.paperId);
        Review review = Review.findById(assignmentId);
        if (review == null) {
            throw ProblemException.notFound("review", assignmentId);
        }
        Instant now = clock.now();
        review.revise(paper, ReviewForm.criteriaOf(paper.conferenceId), request, now);
        ReviewRevision.of(review, now).persist();
        return review;
    }

    /** The form the reviewer scores their assigned paper on. */
    public ReviewFormView formFor(UUID assignmentId, String reviewer) {
        ReviewAssignment assignment = assignmentOf(assignmentId, reviewer);
        UUID conferenceId = paper(assignment.paperId).conferenceId;
        return ReviewFormView.of(conferenceId, ReviewForm.findById(conferenceId));
    }

    /** Every revision of every review of the paper, by assignment then revision; for the organisers. */
    public List<ReviewRevisionView> history(UUID paperId) {
        paper(paperId);
        List<ReviewAssignment> assignments = ReviewAssignment.list("paperId = ?1 order by assignedAt, id", paperId);
        return assignments.stream()
                .flatMap(a -> ReviewRevision.<ReviewRevision>list("assignmentId = ?1 order by revision", a.id).stream()
                        .map(r -> ReviewRevisionView.of(r, a.reviewer)))
                .toList();
    }

    public ReviewTally tally(UUID paperId) {
        Paper paper = paper(paperId);
        List<ReviewAssignment> assignments = ReviewAssignment.list("paperId = ?1 order by assignedAt, id", paperId);
        List<Review> reviews = assignments.stream()
                .map(a -> Review.<Review>findById(a.id))
                .filter(r -> r != null)
                .toList();
        List<ReviewCriterion> form = ReviewForm.criteriaOf(paper.conferenceId);
        Map<Recommendation, Long> counted = new EnumMap<>(Recommendation.class);
        reviews.forEach(r -> counted.merge(r.recommendation, 1L, Long::sum));
        return new ReviewTally(
                paperId,
                paper.status,
                assignments.size(),
                reviews.size(),
                ReviewTally.averages(form, reviews),
                ReviewTally.weightedScore(form, reviews),
                ReviewTally.Recommendations.of(counted),
                assignments.stream().map(a -> a.reviewer).toList());
    }

    /** Accepts or rejects a paper that has at least one review; announces the decision and releases its reviews. */
    @Transactional
    public Paper decide(UUID paperId, DecisionRequest request, String organiser) {
        Paper paper = lockedPaper(paperId);
        long reviews =
                Review.count("assignmentId in (select a.id from ReviewAssignment a where a.paperId = ?1)", paperId);
        if (reviews == 0) {
            throw new ProblemException(Status.CONFLICT, "no-reviews", "no-reviews", paperId);
        }
        paper.decide(request.decision() == DecisionRequest.Decision.ACCEPT, organiser, request.note(), clock.now());
        outbox.publish(PaperEvents.decided(paper, (int) reviews));
        outbox.publish(ReviewEvents.reviewsReleased(paper, (int) reviews));
        return paper;
    }

    private ReviewAssignment assignmentOf(UUID assignmentId, String reviewer) {
        ReviewAssignment assignment = ReviewAssignment.findById(assignmentId);
        if (assignment == null || !assignment.reviewer.equals(reviewer)) {
            throw ProblemException.notFound("review-assignment", assignmentId);
        }
        return assignment;
    }

    /** Locking the paper serialises assignments, reviews and decisions on it. */
    private static Paper lockedPaper(UUID paperId) {
        Paper paper = Paper.findById(paperId, LockModeType.PESSIMISTIC_WRITE);
        if (paper == null) {
            throw ProblemException.notFound("paper", paperId);
        }
        return paper;
    }

    private static Paper paper(UUID paperId) {
        Paper paper = Paper.findById(paperId);
        if (paper == null) {
            throw ProblemException.notFound("paper", paperId);
        }
        return paper;
    }
}
