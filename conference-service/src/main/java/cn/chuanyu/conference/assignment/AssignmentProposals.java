package cn.chuanyu.conference.assignment;

import cn.chuanyu.conference.assignment.ProposalComputation.BidKey;
import cn.chuanyu.conference.assignment.ProposalComputation.Outcome;
import cn.chuanyu.conference.assignment.ProposalComputation.PaperFacts;
import cn.chuanyu.conference.assignment.ProposalComputation.ReviewerFacts;
import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.edition.Track;
import cn.chuanyu.conference.kernel.ComparableText;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.review.ConflictOfInterest;
import cn.chuanyu.conference.review.ConflictRules;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.conference.review.Reviews;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proposals of reviewers for a conference's undecided papers, and applying one: in one transaction that locks the
 * papers, computes the proposal again on the data of that moment, refuses if it differs from what the organiser saw,
 * and otherwise assigns every pair (each announced like a manual assignment).
 */
@ApplicationScoped
public class AssignmentProposals {

    private final ConflictOfInterest conflicts;
    private final Reviews reviews;
    private final ConferenceClock clock;

    AssignmentProposals(ConflictOfInterest conflicts, Reviews reviews, ConferenceClock clock) {
        this.conflicts = conflicts;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional
    public AssignmentProposal propose(ProposalRequest request, String organiser) {
        Conference conference = conference(request.conferenceId());
        Instant now = clock.now();
        List<Paper> papers = Paper.list("conferenceId = ?1 and status in ?2 order by id", conference.id, Bids.OPEN);
        Outcome outcome = compute(conference, papers, request.reviewersPerPaper(), request.maxPapersPerReviewer(), now);
        var proposal = AssignmentProposal.of(request, outcome, organiser, now);
        proposal.persist();
        return proposal;
    }

    public AssignmentProposal proposal(UUID id) {
        AssignmentProposal proposal = AssignmentProposal.findById(id);
        if (proposal == null) {
            throw ProblemException.notFound("assignment-proposal", id);
        }
        return proposal;
    }

    @Transactional
    public AssignmentProposal apply(UUID id, String organiser) {
        AssignmentProposal proposal = AssignmentProposal.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw ProblemException.notFound("assignment-proposal", id);
        }
        Conference conference = conference(proposal.conferenceId);
        // locked in id order, as manual assignments lock one of them: nothing changes them until this commits
        List<Paper> papers = Paper.<Paper>find(
                        "conferenceId = ?1 and status in ?2 order by id", conference.id, Bids.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        Instant now = clock.now();
        Outcome fresh = compute(conference, papers, proposal.reviewersPerPaper, proposal.maxPapersPerReviewer, now);
        proposal.apply(fresh, organiser, now);
        Map<UUID, Paper> byId = papers.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (ProposedPair pair : proposal.pairs) {
            reviews.assignChecked(byId.get(pair.paperId()), ExpertReviewer.findById(pair.reviewer()), organiser, now);
        }
        return proposal;
    }

    private Outcome compute(Conference conference, List<Paper> papers, int perPaper, int maxPerReviewer, Instant now) {
        List<ExpertReviewer> experts = ExpertReviewer.listAll(Sort.by("username"));
        List<ReviewAssignment> assigned =
                ReviewAssignment.list("paperId in (select p.id from Paper p where p.conferenceId = ?1)", conference.id);
        Map<UUID, Set<String>> assignedByPaper = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (ReviewAssignment a : assigned) {
            assignedByPaper.computeIfAbsent(a.paperId, p -> new HashSet<>()).add(a.reviewer);
            load.merge(a.reviewer, 1, Integer::sum);
        }
        Map<UUID, Set<String>> declared =
                conflicts.declaredExperts(papers.stream().map(p -> p.id).toList());
        Map<String, ConflictRules.Expert> ruled = conflicts.experts(experts, now);
        Map<String, String> trackNames = conference.tracks.stream().collect(Collectors.toMap(Track::code, Track::name));
        List<PaperFacts> paperFacts = papers.stream()
                .map(p -> new PaperFacts(
                        ConflictRules.Submission.of(p, declared.getOrDefault(p.id, Set.of())),
                        p.title,
                        topicKeys(p, trackNames),
                        assignedByPaper.getOrDefault(p.id, Set.of())))
                .toList();
        List<ReviewerFacts> reviewerFacts = experts.stream()
                .map(e -> new ReviewerFacts(
                        ruled.get(e.username), keys(e.expertise.stream()), load.getOrDefault(e.username, 0)))
                .toList();
        Map<BidKey, BidLevel> bids =
                Bid.<Bid>list("paperId in (select p.id from Paper p where p.conferenceId = ?1)", conference.id).stream()
                        .collect(Collectors.toMap(b -> new BidKey(b.paperId, b.reviewer), b -> b.level));
        return ProposalComputation.compute(paperFacts, reviewerFacts, bids, perPaper, maxPerReviewer);
    }

    private static Set<String> topicKeys(Paper paper, Map<String, String> trackNames) {
        return keys(Stream.concat(
                paper.keywords.stream(),
                Stream.of(paper.trackCode, trackNames.getOrDefault(paper.trackCode, paper.trackCode))));
    }

    private static Set<String> keys(Stream<String> texts) {
        return texts.map(ComparableText::key).filter(k -> !k.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static Conference conference(UUID id) {
        Conference conference = Conference.findById(id);
        if (conference == null) {
            throw ProblemException.notFound("conference", id);
        }
        return conference;
    }
}
