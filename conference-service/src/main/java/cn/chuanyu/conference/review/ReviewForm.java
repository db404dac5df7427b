package cn.chuanyu.conference.review;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A conference's own review form. A conference without one reviews on {@link #DEFAULT_CRITERIA}, the four criteria
 * every review had before forms existed (its scores were moved over under these keys).
 */
@Audited
@Entity
@Table(name = "review_form")
public class ReviewForm extends PanacheEntityBase {

    public static final List<ReviewCriterion> DEFAULT_CRITERIA = List.of(
            new ReviewCriterion("originality", "原创性", "Originality", 1, 5, 1, true),
            new ReviewCriterion("significance", "重要性", "Significance", 1, 5, 1, true),
            new ReviewCriterion("rigour", "严谨性", "Rigour", 1, 5, 1, true),
            new ReviewCriterion("clarity", "表达清晰度", "Clarity", 1, 5, 1, true));

    @Id
    @Column(name = "conference_id")
    public UUID conferenceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_criterion", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    public List<ReviewCriterion> criteria = new ArrayList<>();

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The criteria a conference's reviews are scored on. */
    public static List<ReviewCriterion> criteriaOf(UUID conferenceId) {
        ReviewForm form = findById(conferenceId);
        return form == null ? DEFAULT_CRITERIA : List.copyOf(form.criteria);
    }

    static ReviewForm create(UUID conferenceId) {
        var form = new ReviewForm();
        form.conferenceId = conferenceId;
        return form;
    }

    /** Replaces the criteria: keys unique, each scale with at least two steps. */
    void define(List<ReviewCriterion> newCriteria, String organiser, Instant now) {
        Set<String> keys = new HashSet<>();
        for (ReviewCriterion c : newCriteria) {
            if (!keys.add(c.key())) {
                throw new ProblemException(Status.BAD_REQUEST, "invalid-review-form", "duplicate-criterion", c.key());
            }
            if (c.min() >= c.max()) {
                throw new ProblemException(
                        Status.BAD_REQUEST, "invalid-review-form", "criterion-scale", c.key(), c.min(), c.max());
            }
        }
        criteria.clear();
        criteria.addAll(newCriteria);
        updatedBy = organiser;
        updatedAt = now;
    }

    /** Scores fit the form: every key known, every required criterion scored, each score on its scale. */
    static void check(List<ReviewCriterion> criteria, Map<String, Integer> scores) {
        for (String key : scores.keySet()) {
            if (criteria.stream().noneMatch(c -> c.key().equals(key))) {
                throw invalidScores("score-unknown-criterion", key);
            }
        }
        for (ReviewCriterion c : criteria) {
            Integer score = scores.get(c.key());
            if (score == null && c.required()) {
                throw invalidScores("score-missing", c.key(), c.labelZh());
            }
            if (score != null && !c.accepts(score)) {
                throw invalidScores("score-off-scale", c.key(), score, c.min(), c.max());
            }
        }
    }

    private static ProblemException invalidScores(String detailKey, Object... args) {
        return new ProblemException(Status.BAD_REQUEST, "invalid-review-scores", detailKey, args);
    }
}
