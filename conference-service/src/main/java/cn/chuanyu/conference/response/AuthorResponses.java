package cn.chuanyu.conference.response;

import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperStatus;
import cn.chuanyu.conference.review.Review;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.conference.review.ReviewCriterion;
import cn.chuanyu.conference.review.ReviewForm;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Author response and the release of reviews. The submitter reads their paper's reviews, numbered and without the
 * experts' names, while the conference's response window is open (to answer them) and after the decision; the assigned
 * reviewers and the organisers read the answer. To anyone else a paper's reviews and response do not exist.
 */
@ApplicationScoped
public class AuthorResponses {

    private final Conferences conferences;
    private final ConferenceClock clock;

    AuthorResponses(Conferences conferences, ConferenceClock clock) {
        this.conferences = conferences;
        this.clock = clock;
    }

    @Transactional
    public ResponseWindowView setWindow(UUID conferenceId, ResponseWindowRequest request, String organiser) {
        conferences.get(conferenceId);
        ResponseWindow window = ResponseWindow.findById(conferenceId, LockModeType.PESSIMISTIC_WRITE);
        if (window == null) {
            window = ResponseWindow.open(conferenceId);
            window.set(request, organiser, clock.now());
            window.persist();
        } else {
            window.set(request, organiser, clock.now());
        }
        return ResponseWindowView.of(window, clock.today());
    }

    public ResponseWindowView window(UUID conferenceId) {
        conferences.get(conferenceId);
        return ResponseWindowView.of(windowOf(conferenceId), clock.today());
    }

    /** The submitter's answer, inside the window, to a paper under review that has a review, within the word limit. */
    @Transactional
    public AuthorResponseView respond(UUID paperId, AuthorResponseRequest request, String submitter) {
        Paper paper = Paper.findById(paperId, LockModeType.PESSIMISTIC_WRITE);
        if (paper == null || !paper.submittedBy.equals(submitter)) {
            throw ProblemException.notFound("paper", paperId);
        }
        if (paper.status != PaperStatus.UNDER_REVIEW) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "paper-not-under-review",
                    "response-not-under-review",
                    paperId,
                    paper.status.term());
        }
        ResponseWindow window = ResponseWindow.findById(paper.conferenceId);
        if (window == null) {
            throw new ProblemException(Status.CONFLICT, "no-response-window", "no-response-window");
        }
        window.requireOpen(clock.today());
        if (submittedReviews(paperId).isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "no-reviews", "no-reviews-to-answer", paperId);
        }
        var now = clock.now();
        AuthorResponse response = AuthorResponse.findById(paperId);
        if (response == null) {
            response = AuthorResponse.first(paperId, submitter, now);
            response.write(request.text(), window.wordLimit, now);
            response.persist();
        } else {
            response.write(request.text(), window.wordLimit, now);
        }
        return AuthorResponseView.of(response);
    }

    /** The response, for the submitter and the organisers. */
    public AuthorResponseView response(UUID paperId, Caller caller) {
        Paper paper = Paper.findById(paperId);
        if (paper == null || !(caller.organiser() || caller.is(paper.submittedBy))) {
            throw ProblemException.notFound("paper", paperId);
        }
        return responseOf(paperId);
    }

    /** The response to a paper assigned to the reviewer; another reviewer's assignment does not exist for them. */
    public AuthorResponseView responseForReviewer(UUID assignmentId, String reviewer) {
        ReviewAssignment assignment = ReviewAssignment.findById(assignmentId);
        if (assignment == null || !assignment.reviewer.equals(reviewer)) {
            throw ProblemException.notFound("review-assignment", assignmentId);
        }
        return responseOf(assignment.paperId);
    }

    /** The anonymised reviews for the submitter, while the window is open or once the paper is decided. */
    public ReleasedReviewsView reviewsForSubmitter(UUID paperId, String submitter) {
        Paper paper = Paper.findById(paperId);
        if (paper == null || !paper.submittedBy.equals(submitter)) {
            throw ProblemException.notFound("paper", paperId);
        }
        boolean decided = paper.decidedAt != null;
        ResponseWindow window = ResponseWindow.findById(paper.conferenceId);
        boolean answering = paper.status == PaperStatus.UNDER_REVIEW && window != null && window.isOpen(clock.today());
        if (!decided && !answering) {
            throw new ProblemException(Status.CONFLICT, "reviews-not-released", "reviews-not-released", paperId);
        }
        List<ReviewCriterion> form = ReviewForm.criteriaOf(paper.conferenceId);
        List<AnonymisedReview> reviews = new ArrayList<>();
        for (Review review : submittedReviews(paperId)) {
            reviews.add(AnonymisedReview.of(reviews.size() + 1, review, form));
        }
        return new ReleasedReviewsView(
                paper.id, paper.title, paper.status, paper.decidedAt, paper.decisionNote, reviews);
    }

    /** The paper's reviews in assignment order: the order that numbers them, the same for every reader. */
    private static List<Review> submittedReviews(UUID paperId) {
        return Review.list(
                "select r from Review r, ReviewAssignment a where r.assignmentId = a.id and a.paperId = ?1"
                        + " order by a.assignedAt, a.id",
                paperId);
    }

    private static AuthorResponseView responseOf(UUID paperId) {
        AuthorResponse response = AuthorResponse.findById(paperId);
        if (response == null) {
            throw ProblemException.notFound("author-response", paperId);
        }
        return AuthorResponseView.of(response);
    }

    private static ResponseWindow windowOf(UUID conferenceId) {
        ResponseWindow window = ResponseWindow.findById(conferenceId);
        if (window == null) {
            throw ProblemException.notFound("author-response-window", conferenceId);
        }
        return window;
    }
}
