package cn.chuanyu.conference.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives papers to reviewers: as many of the papers' open places as can be filled, and among those assignments the one
 * with the greatest total score, never more than a reviewer's remaining capacity.
 *
 * <p>Why min-cost flow: the problem is a b-matching in a bipartite graph (papers need {@code demand} reviewers,
 * reviewers take at most {@code capacity} papers, each pair at most once), which a flow network models exactly: source
 * → paper (capacity = demand), paper → reviewer (capacity 1, only for eligible pairs: no conflict, not NOT_WILLING, not
 * already assigned), reviewer → sink (capacity = remaining load). A minimum-cost maximum flow with cost {@code best -
 * score} per pair fills the most places and, for that number, maximises the sum of scores: optimal under both limits at
 * once, which greedy or round-robin assignment is not, and polynomial (successive shortest paths: at most one Dijkstra
 * per unit of flow, O(F · E log V)), unlike an integer program. Integral capacities give an integral flow, so the
 * optimum is a real assignment.
 */
public final class OptimalAssignment {

    private OptimalAssignment() {}

    /** A pair that may be assigned, with how good it would be (higher is better, at least 0). */
    public record Candidate(int paper, int reviewer, int score) {}

    /**
     * The optimal assignment. {@code demand[p]}: reviewers paper p still needs; {@code capacity[r]}: papers reviewer r
     * may still take. Deterministic: the same input gives the same pairs.
     */
    public static List<Candidate> solve(int[] demand, int[] capacity, List<Candidate> candidates) {
        int papers = demand.length;
        int source = papers + capacity.length;
        int sink = source + 1;
        var network = new MinCostFlow(sink + 1);
        for (int p = 0; p < papers; p++) {
            network.addEdge(source, p, demand[p], 0);
        }
        for (int r = 0; r < capacity.length; r++) {
            network.addEdge(papers + r, sink, capacity[r], 0);
        }
        int best = candidates.stream().mapToInt(Candidate::score).max().orElse(0);
        int[] edges = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            edges[i] = network.addEdge(c.paper(), papers + c.reviewer(), 1, best - c.score());
        }
        network.solve(source, sink);
        List<Candidate> chosen = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (network.flow(edges[i]) > 0) {
                chosen.add(candidates.get(i));
            }
        }
        return chosen;
    }
}
