package cn.chuanyu.bench;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.assignment.BidLevel;
import cn.chuanyu.conference.assignment.ProposalComputation;
import cn.chuanyu.conference.assignment.ProposalComputation.BidKey;
import cn.chuanyu.conference.assignment.ProposalComputation.Outcome;
import cn.chuanyu.conference.assignment.ProposalComputation.PaperFacts;
import cn.chuanyu.conference.assignment.ProposalComputation.ReviewerFacts;
import cn.chuanyu.conference.kernel.ComparableText;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.review.ConflictRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The assignment proposal at conference scale, in-process: 500 papers × 150 experts, 3 reviewers per paper, at most 12
 * papers per expert, with bids, expertise, declared conflicts and co-authorships drawn from a fixed seed. Times what
 * the service does once the facts are loaded (conflict rules for every pair, scores, the minimum-cost flow); the facts'
 * loading is a handful of queries and not in the figure.
 *
 * <pre>java -cp bench/target/bench.jar cn.chuanyu.bench.AssignmentBenchmark [papers] [experts] [runs]</pre>
 */
public final class AssignmentBenchmark {

    private static final int TOPICS = 60;
    private static final int INSTITUTIONS = 80;

    private AssignmentBenchmark() {}

    public static void main(String[] args) {
        int papers = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int experts = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        var random = new Random(19);
        List<PaperFacts> paperFacts = papers(papers, random);
        List<ReviewerFacts> expertFacts = experts(experts, random);
        Map<BidKey, BidLevel> bids = bids(paperFacts, expertFacts, random);

        long[] millis = new long[runs];
        Outcome outcome = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            outcome = ProposalComputation.compute(paperFacts, expertFacts, bids, 3, 12);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%d papers x %d experts, %d bids: %d pairs, %d papers short, total score %d%n",
                papers,
                experts,
                bids.size(),
                outcome.pairs().size(),
                outcome.unfilled().size(),
                outcome.totalScore());
        System.out.printf(
                "proposal: first %d ms, median %d ms, max %d ms over %d runs (%s)%n",
                millis[0], sorted[runs / 2], sorted[runs - 1], runs, Arrays.toString(millis));
    }

    private static List<PaperFacts> papers(int count, Random random) {
        List<PaperFacts> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Author> authors = new ArrayList<>();
            int size = 2 + random.nextInt(4);
            for (int a = 0; a < size; a++) {
                authors.add(
                        new Author("作者" + random.nextInt(2_000), null, institution(random), Region.SICHUAN, a == 0));
            }
            var submission = new ConflictRules.Submission(
                    new UUID(0, i),
                    authors,
                    authors.stream()
                            .map(a -> ComparableText.key(a.institution()))
                            .toList(),
                    Set.of());
            Set<String> topics = new HashSet<>();
            for (int t = 0; t < 4; t++) {
                topics.add(ComparableText.key("主题" + random.nextInt(TOPICS)));
            }
            papers.add(new PaperFacts(submission, "论文" + i, topics, Set.of()));
        }
        return papers;
    }

    private static List<ReviewerFacts> experts(int count, Random random) {
        List<ReviewerFacts> experts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<ConflictRules.CoAuthorship> coAuthors = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                coAuthors.add(new ConflictRules.CoAuthorship(
                        new UUID(1, random.nextInt(10_000)), "合著论文", "作者" + random.nextInt(2_000), null));
            }
            String institution = institution(random);
            var expert = new ConflictRules.Expert(
                    "expert-" + i,
                    "专家" + i,
                    null,
                    institution,
                    ComparableText.key(institution),
                    Set.of(ComparableText.key(institution(random))),
                    coAuthors);
            Set<String> expertise = new HashSet<>();
            for (int t = 0; t < 5; t++) {
                expertise.add(ComparableText.key("主题" + random.nextInt(TOPICS)));
            }
            experts.add(new ReviewerFacts(expert, expertise, 0));
        }
        return experts;
    }

    /** Each expert bids on 40 papers: 20 % eager, 35 % willing, 25 % in a pinch, 20 % not willing. */
    private static Map<BidKey, BidLevel> bids(List<PaperFacts> papers, List<ReviewerFacts> experts, Random random) {
        Map<BidKey, BidLevel> bids = new HashMap<>();
        for (ReviewerFacts expert : experts) {
            for (int b = 0; b < 40; b++) {
                UUID paper =
                        papers.get(random.nextInt(papers.size())).submission().id();
                int draw = random.nextInt(100);
                BidLevel level = draw < 20
                        ? BidLevel.EAGER
                        : draw < 55 ? BidLevel.WILLING : draw < 80 ? BidLevel.IN_A_PINCH : BidLevel.NOT_WILLING;
                bids.put(new BidKey(paper, expert.expert().username()), level);
            }
        }
        return bids;
    }

    /** One of 80 institutions, a fifth of the time typed with a space or a full stop. */
    private static String institution(Random random) {
        String name = "第" + random.nextInt(INSTITUTIONS) + "研究院";
        return switch (random.nextInt(10)) {
            case 0 -> name + "。";
            case 1 -> " " + name;
            default -> name;
        };
    }
}
