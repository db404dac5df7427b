package cn.chuanyu.conference.assignment;

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
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An assignment proposal for a conference, kept as it was computed so that the organiser reviews exactly what will be
 * applied; applying it checks that a fresh computation still gives the same pairs.
 */
@Entity
@Table(name = "assignment_proposal")
public class AssignmentProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "reviewers_per_paper")
    public int reviewersPerPaper;

    @Column(name = "max_papers_per_reviewer")
    public int maxPapersPerReviewer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_proposal_pair", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    public List<ProposedPair> pairs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_proposal_unfilled", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    public List<UnfilledPaper> unfilled = new ArrayList<>();

    @Column(name = "total_score")
    public int totalScore;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "applied_by")
    public String appliedBy;

    @Column(name = "applied_at")
    public Instant appliedAt;

    static AssignmentProposal of(
            ProposalRequest request, ProposalComputation.Outcome outcome, String organiser, Instant now) {
        var proposal = new AssignmentProposal();
        proposal.id = UUID.randomUUID();
        proposal.conferenceId = request.conferenceId();
        proposal.reviewersPerPaper = request.reviewersPerPaper();
        proposal.maxPapersPerReviewer = request.maxPapersPerReviewer();
        proposal.pairs.addAll(outcome.pairs());
        proposal.unfilled.addAll(outcome.unfilled());
        proposal.totalScore = outcome.totalScore();
        proposal.proposedBy = organiser;
        proposal.proposedAt = now;
        return proposal;
    }

    /** Applied once, and only while the data gives the same proposal as when the organiser saw it. */
    void apply(ProposalComputation.Outcome now, String organiser, Instant at) {
        if (appliedAt != null) {
            throw new ProblemException(Status.CONFLICT, "proposal-applied", "proposal-applied", id, appliedAt);
        }
        if (!pairs.equals(now.pairs())) {
            throw new ProblemException(Status.CONFLICT, "proposal-stale", "proposal-stale", id);
        }
        appliedBy = organiser;
        appliedAt = at;
    }
}
