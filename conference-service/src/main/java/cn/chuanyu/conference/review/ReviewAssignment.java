package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A paper given to an expert to review; made only when no conflict of interest was found. */
@Audited
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    public String reviewer;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    /**
     * Gives the paper to the expert, which starts its review (a decided paper takes no more reviewers). Conflicts of
     * interest and a second assignment of the same pair are found by {@link Reviews} first.
     */
    static ReviewAssignment assign(Paper paper, ExpertReviewer reviewer, String organiser, Instant now) {
        paper.startReview();
        var assignment = new ReviewAssignment();
        assignment.id = UUID.randomUUID();
        assignment.paperId = paper.id;
        assignment.reviewer = reviewer.username;
        assignment.assignedBy = organiser;
        assignment.assignedAt = now;
        return assignment;
    }
}
