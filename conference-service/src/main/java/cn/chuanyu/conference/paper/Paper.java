package cn.chuanyu.conference.paper;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.kernel.Caller;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A paper (论文) submitted to a conference track, with its ordered authors. */
@Audited
@Entity
@Table(name = "paper")
public class Paper extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "track_code")
    public String trackCode;

    public String title;

    @Column(name = "abstract")
    public String abstractText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "paper_author", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public PaperStatus status;

    /** Whether authors come from both Sichuan and Chongqing: the programme's 川渝合作 figure. */
    @Column(name = "cross_region")
    public boolean crossRegion;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public long version;

    static Paper submit(UUID conferenceId, PaperRequest request, String researcher, Instant now) {
        var paper = new Paper();
        paper.id = UUID.randomUUID();
        paper.conferenceId = conferenceId;
        paper.submittedBy = researcher;
        paper.submittedAt = now;
        paper.status = PaperStatus.SUBMITTED;
        paper.apply(request, now);
        return paper;
    }

    void edit(PaperRequest request, String user, Instant now) {
        requireEditableBy(user);
        apply(request, now);
    }

    /** Only the submitter may change the paper (its metadata, its manuscript), and only until review starts. */
    public void requireEditableBy(String user) {
        if (!submittedBy.equals(user)) {
            throw ProblemException.forbidden("paper-not-yours", id);
        }
        if (status != PaperStatus.SUBMITTED) {
            throw new ProblemException(Status.CONFLICT, "paper-locked", "paper-locked", id, status.term());
        }
    }

    /** The first assignment starts the review, which ends the submitter's editing. */
    public void startReview() {
        if (status == PaperStatus.ACCEPTED || status == PaperStatus.REJECTED) {
            throw new ProblemException(
                    Status.CONFLICT, "paper-decided", "paper-decided-no-reviewers", id, status.term(), decidedAt);
        }
        status = PaperStatus.UNDER_REVIEW;
    }

    /** An organiser accepts or rejects a paper under review; the decision is recorded and final. */
    public void decide(boolean accept, String organiser, String note, Instant now) {
        if (status != PaperStatus.UNDER_REVIEW) {
            throw new ProblemException(
                    Status.CONFLICT, "paper-not-under-review", "paper-not-under-review", id, status.term());
        }
        status = accept ? PaperStatus.ACCEPTED : PaperStatus.REJECTED;
        decidedBy = organiser;
        decidedAt = now;
        decisionNote = note;
    }

    boolean visibleTo(Caller caller) {
        return caller.organiser() || caller.is(submittedBy);
    }

    private void apply(PaperRequest request, Instant now) {
        long corresponding =
                request.authors().stream().filter(Author::corresponding).count();
        if (corresponding != 1) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "corresponding-author", "corresponding-author", corresponding);
        }
        trackCode = request.track();
        title = request.title().strip();
        abstractText = request.abstractText().strip();
        keywords = request.keywords() == null ? List.of() : List.copyOf(request.keywords());
        authors.clear();
        authors.addAll(request.authors().stream()
                .map(a ->
                        new Author(a.name().strip(), a.orcid(), a.institution().strip(), a.region(), a.corresponding()))
                .toList());
        crossRegion = authors.stream().anyMatch(a -> a.region() == Region.SICHUAN)
                && authors.stream().anyMatch(a -> a.region() == Region.CHONGQING);
        updatedAt = now;
    }
}
