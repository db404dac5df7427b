package cn.chuanyu.conference.review;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A review as one revision of it was submitted; written with every submission, never changed. */
@Entity
@Table(name = "review_revision")
public class ReviewRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    public int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_revision_score", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score")
    public Map<String, Integer> scores = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public String comments;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    static ReviewRevision of(Review review, Instant now) {
        var revision = new ReviewRevision();
        revision.id = UUID.randomUUID();
        revision.assignmentId = review.assignmentId;
        revision.revision = review.revision;
        revision.scores.putAll(review.scores);
        revision.recommendation = review.recommendation;
        revision.comments = review.comments;
        revision.submittedAt = now;
        return revision;
    }
}
