package cn.chuanyu.conference.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.assignment.ProposalComputation.BidKey;
import cn.chuanyu.conference.assignment.ProposalComputation.Outcome;
import cn.chuanyu.conference.assignment.ProposalComputation.PaperFacts;
import cn.chuanyu.conference.assignment.ProposalComputation.ReviewerFacts;
import cn.chuanyu.conference.kernel.ComparableText;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.review.ConflictRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalComputationTest {

    private static final UUID PAPER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void existingAssignmentsCountAndAPaperLeftShortIsReported() {
        var paper = paper(Set.of("a"));
        var assigned = reviewer("a", "甲大学", 0);
        var unwilling = reviewer("b", "乙大学", 0);
        var full = reviewer("c", "丙大学", 2);
        var free = reviewer("d", "丁大学", 0);

        Outcome outcome = ProposalComputation.compute(
                List.of(paper),
                List.of(assigned, unwilling, full, free),
                Map.of(new BidKey(PAPER, "b"), BidLevel.NOT_WILLING),
                3,
                2);

        assertThat(outcome.pairs()).containsExactly(new ProposedPair(PAPER, "d", null, 0, 1));
        assertThat(outcome.unfilled()).containsExactly(new UnfilledPaper(PAPER, "论文", 1));
        assertThat(outcome.totalScore()).isEqualTo(1);
    }

    @Test
    void anAuthorsColleagueIsNeverProposedWhateverTheirBid() {
        var colleague = reviewer("e", "西南 大学", 0);
        Outcome outcome = ProposalComputation.compute(
                List.of(paper(Set.of())), List.of(colleague), Map.of(new BidKey(PAPER, "e"), BidLevel.EAGER), 1, 5);
        assertThat(outcome.pairs()).isEmpty();
        assertThat(outcome.unfilled()).hasSize(1);
    }

    @Test
    void affinityCountsThreePerSharedTopicUpToThree() {
        assertThat(ProposalComputation.affinity(Set.of("a", "b"), Set.of("b", "c")))
                .isEqualTo(3);
        assertThat(ProposalComputation.affinity(Set.of("a", "b", "c", "d"), Set.of("a", "b", "c", "d")))
                .isEqualTo(9);
        assertThat(ProposalComputation.affinity(Set.of(), Set.of("a"))).isZero();
    }

    private static PaperFacts paper(Set<String> assigned) {
        var author = new Author("贺俊", null, "西南大学", Region.CHONGQING, true);
        var submission = new ConflictRules.Submission(PAPER, List.of(author), List.of("西南大学"), Set.of());
        return new PaperFacts(submission, "论文", Set.of(), assigned);
    }

    private static ReviewerFacts reviewer(String username, String institution, int load) {
        var expert = new ConflictRules.Expert(
                username, "专家" + username, null, institution, ComparableText.key(institution), Set.of(), List.of());
        return new ReviewerFacts(expert, Set.of(), load);
    }
}
