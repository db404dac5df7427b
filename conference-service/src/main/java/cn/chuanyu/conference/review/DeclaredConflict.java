package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A conflict of interest declared for one paper and one expert: by the paper's submitter (an expert they must not be
 * judged by) or by the expert (a paper they must not judge). Either way the expert is never assigned the paper.
 */
@Audited
@Entity
@Table(name = "declared_conflict")
public class DeclaredConflict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "paper_id")
    public UUID paperId;

    public String reviewer;

    @Column(name = "declared_by")
    public String declaredBy;

    @Column(name = "declared_at")
    public Instant declaredAt;

    /** Only the submitter of the paper or the expert themselves may declare it. */
    static void requireDeclarant(Paper paper, String reviewer, String caller) {
        if (!caller.equals(paper.submittedBy) && !caller.equals(reviewer)) {
            throw ProblemException.forbidden("conflict-not-yours", paper.id, reviewer);
        }
    }

    static DeclaredConflict declare(Paper paper, ExpertReviewer expert, String caller, Instant now) {
        requireDeclarant(paper, expert.username, caller);
        var conflict = new DeclaredConflict();
        conflict.id = UUID.randomUUID();
        conflict.paperId = paper.id;
        conflict.reviewer = expert.username;
        conflict.declaredBy = caller;
        conflict.declaredAt = now;
        return conflict;
    }
}
