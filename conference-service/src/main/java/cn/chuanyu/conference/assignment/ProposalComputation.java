package cn.chuanyu.conference.assignment;

import cn.chuanyu.conference.assignment.OptimalAssignment.Candidate;
import cn.chuanyu.conference.review.ConflictRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * An assignment proposal from facts loaded beforehand (no database here, so it can be measured alone): which pairs may
 * be assigned (no conflict, not NOT_WILLING, not assigned already), what each is worth (bid weight plus topic
 * affinity), how many places are open (reviewers per paper minus those assigned; the maximum per expert minus their
 * assignments in the conference), and the optimal assignment of {@link OptimalAssignment}.
 */
public final class ProposalComputation {

    static final int AFFINITY_PER_TOPIC = 3;
    static final int MAX_TOPICS_COUNTED = 3;

    private ProposalComputation() {}

    /** A paper to propose reviewers for; {@code topicKeys} are its keywords' and track's comparable keys. */
    public record PaperFacts(
            ConflictRules.Submission submission, String title, Set<String> topicKeys, Set<String> assignedReviewers) {}

    /** An expert; {@code load} is how many papers of the conference they already review. */
    public record ReviewerFacts(ConflictRules.Expert expert, Set<String> expertiseKeys, int load) {}

    public record BidKey(UUID paperId, String reviewer) {}

    public record Outcome(List<ProposedPair> pairs, List<UnfilledPaper> unfilled, int totalScore) {}

    /** Deterministic for the same facts: papers by id, experts by user name. */
    public static Outcome compute(
            List<PaperFacts> unorderedPapers,
            List<ReviewerFacts> unorderedReviewers,
            Map<BidKey, BidLevel> bids,
            int reviewersPerPaper,
            int maxPapersPerReviewer) {
        List<PaperFacts> papers = unorderedPapers.stream()
                .sorted(Comparator.comparing(p -> p.submission().id()))
                .toList();
        List<ReviewerFacts> reviewers = unorderedReviewers.stream()
                .sorted(Comparator.comparing(r -> r.expert().username()))
                .toList();
        int[] demand = papers.stream()
                .mapToInt(p ->
                        Math.max(0, reviewersPerPaper - p.assignedReviewers().size()))
                .toArray();
        int[] capacity = reviewers.stream()
                .mapToInt(r -> Math.max(0, maxPapersPerReviewer - r.load()))
                .toArray();
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < papers.size(); p++) {
            PaperFacts paper = papers.get(p);
            for (int r = 0; r < reviewers.size(); r++) {
                OptionalInt score = score(paper, reviewers.get(r), bids);
                if (score.isPresent()) {
                    candidates.add(new Candidate(p, r, score.getAsInt()));
                }
            }
        }
        List<Candidate> chosen = OptimalAssignment.solve(demand, capacity, candidates);
        int[] filled = new int[papers.size()];
        List<ProposedPair> pairs = new ArrayList<>();
        for (Candidate c : chosen) {
            PaperFacts paper = papers.get(c.paper());
            String reviewer = reviewers.get(c.reviewer()).expert().username();
            BidLevel bid = bids.get(new BidKey(paper.submission().id(), reviewer));
            pairs.add(new ProposedPair(
                    paper.submission().id(), reviewer, bid, c.score() - BidLevel.weightOf(bid), c.score()));
            filled[c.paper()]++;
        }
        List<UnfilledPaper> unfilled = new ArrayList<>();
        for (int p = 0; p < papers.size(); p++) {
            if (filled[p] < demand[p]) {
                PaperFacts paper = papers.get(p);
                unfilled.add(new UnfilledPaper(paper.submission().id(), paper.title(), demand[p] - filled[p]));
            }
        }
        int total = pairs.stream().mapToInt(ProposedPair::score).sum();
        return new Outcome(pairs, unfilled, total);
    }

    /** 3 points per topic the expert knows among the paper's, counting at most 3. */
    static int affinity(Set<String> expertise, Set<String> topics) {
        long shared = expertise.stream().filter(topics::contains).count();
        return AFFINITY_PER_TOPIC * (int) Math.min(shared, MAX_TOPICS_COUNTED);
    }

    private static OptionalInt score(PaperFacts paper, ReviewerFacts reviewer, Map<BidKey, BidLevel> bids) {
        String username = reviewer.expert().username();
        BidLevel bid = bids.get(new BidKey(paper.submission().id(), username));
        if (bid == BidLevel.NOT_WILLING
                || paper.assignedReviewers().contains(username)
                || ConflictRules.between(reviewer.expert(), paper.submission()).isPresent()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(BidLevel.weightOf(bid) + affinity(reviewer.expertiseKeys(), paper.topicKeys()));
    }
}
