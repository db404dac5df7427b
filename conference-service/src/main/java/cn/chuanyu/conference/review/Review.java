package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.UUID;

/** One expert's review of one paper: scores from 1 to 5 per criterion and a recommendation. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    /** One review per assignment: the primary key makes a second one impossible, even concurrently. */
    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    public int originality;

    public int significance;

    public int rigour;

    public int clarity;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public String comments;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Reviews close when the paper is decided. */
    static Review submit(ReviewAssignment assignment, Paper paper, ReviewRequest request, Instant now) {
        if (paper.decidedAt != null) {
            throw new ProblemException(
                    Status.CONFLICT, "paper-decided", "paper-decided-reviews-closed", paper.decidedAt);
        }
        var review = new Review();
        review.assignmentId = assignment.id;
        review.originality = request.originality();
        review.significance = request.significance();
        review.rigour = request.rigour();
        review.clarity = request.clarity();
        review.recommendation = request.recommendation();
        review.comments = request.comments().strip();
        review.submittedAt = now;
        return review;
    }
}
