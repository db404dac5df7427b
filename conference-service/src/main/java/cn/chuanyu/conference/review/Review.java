package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One expert's review of one paper: a score per criterion of the conference's form and a recommendation. The expert may
 * revise it until the paper is decided, each time naming the revision they read; every revision is kept.
 */
@Audited
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    /** One review per assignment: the primary key makes a second one impossible, even concurrently. */
    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score")
    public Map<String, Integer> scores = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public String comments;

    /** When the first revision was submitted. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    public int revision;

    @Column(name = "revised_at")
    public Instant revisedAt;

    static Review submit(
            ReviewAssignment assignment, Paper paper, List<ReviewCriterion> form, ReviewRequest request, Instant now) {
        requireOpen(paper);
        var review = new Review();
        review.assignmentId = assignment.id;
        review.submittedAt = now;
        review.revision = 1;
        review.apply(form, request.scores(), request.recommendation(), request.comments());
        return review;
    }

    /** A new revision, only from the latest one (409 otherwise) and only before the decision. */
    void revise(Paper paper, List<ReviewCriterion> form, ReviseReviewRequest request, Instant now) {
        requireOpen(paper);
        ProblemException.requireVersion("review", assignmentId, revision, request.revision());
        apply(form, request.scores(), request.recommendation(), request.comments());
        revision++;
        revisedAt = now;
    }

    /** Reviews close when the paper is decided. */
    private static void requireOpen(Paper paper) {
        if (paper.decidedAt != null) {
            throw new ProblemException(
                    Status.CONFLICT, "paper-decided", "paper-decided-reviews-closed", paper.decidedAt);
        }
    }

    private void apply(
            List<ReviewCriterion> form, Map<String, Integer> newScores, Recommendation newRecommendation, String text) {
        ReviewForm.check(form, newScores);
        scores.clear();
        scores.putAll(newScores);
        recommendation = newRecommendation;
        comments = text.strip();
    }
}
