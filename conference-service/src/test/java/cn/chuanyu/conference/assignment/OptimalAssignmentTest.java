package cn.chuanyu.conference.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.conference.assignment.OptimalAssignment.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

    @Test
    void fillsEveryPlaceBeforeChasingTheHighestScore() {
        // reviewer 0 is everyone's favourite but may take one paper: the other paper must still get reviewer 1
        var candidates = List.of(new Candidate(0, 0, 10), new Candidate(1, 0, 9), new Candidate(0, 1, 1));
        List<Candidate> chosen = OptimalAssignment.solve(new int[] {1, 1}, new int[] {1, 1}, candidates);
        assertThat(chosen).containsExactlyInAnyOrder(new Candidate(1, 0, 9), new Candidate(0, 1, 1));
    }

    @Test
    void neverExceedsAReviewersCapacityNorAPapersDemand() {
        var candidates = new ArrayList<Candidate>();
        for (int p = 0; p < 4; p++) {
            for (int r = 0; r < 3; r++) {
                candidates.add(new Candidate(p, r, 5));
            }
        }
        List<Candidate> chosen = OptimalAssignment.solve(new int[] {2, 2, 2, 2}, new int[] {2, 2, 2}, candidates);
        assertThat(chosen).hasSize(6);
        for (int r = 0; r < 3; r++) {
            int reviewer = r;
            assertThat(chosen.stream().filter(c -> c.reviewer() == reviewer)).hasSize(2);
        }
        for (int p = 0; p < 4; p++) {
            int paper = p;
            assertThat(chosen.stream().filter(c -> c.paper() == paper).count()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void matchesExhaustiveSearchOnSmallRandomCases() {
        Random random = new Random(19);
        for (int round = 0; round < 300; round++) {
            int papers = 1 + random.nextInt(4);
            int reviewers = 1 + random.nextInt(4);
            int[] demand = new int[papers];
            int[] capacity = new int[reviewers];
            for (int p = 0; p < papers; p++) {
                demand[p] = random.nextInt(3);
            }
            for (int r = 0; r < reviewers; r++) {
                capacity[r] = random.nextInt(3);
            }
            var candidates = new ArrayList<Candidate>();
            for (int p = 0; p < papers; p++) {
                for (int r = 0; r < reviewers; r++) {
                    if (random.nextInt(4) > 0) {
                        candidates.add(new Candidate(p, r, random.nextInt(20)));
                    }
                }
            }
            List<Candidate> chosen = OptimalAssignment.solve(demand, capacity, candidates);
            assertThat(feasible(chosen, demand, capacity)).isTrue();
            assertThat(value(chosen))
                    .as("round %d", round)
                    .isEqualTo(bestByExhaustiveSearch(demand, capacity, candidates));
        }
    }

    /** (pairs, total score) as one number: more pairs always win, then the higher score. */
    private static long value(List<Candidate> chosen) {
        return chosen.size() * 1_000_000L
                + chosen.stream().mapToInt(Candidate::score).sum();
    }

    private static long bestByExhaustiveSearch(int[] demand, int[] capacity, List<Candidate> candidates) {
        long best = 0;
        for (long mask = 0; mask < (1L << candidates.size()); mask++) {
            var subset = new ArrayList<Candidate>();
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    subset.add(candidates.get(i));
                }
            }
            if (feasible(subset, demand, capacity)) {
                best = Math.max(best, value(subset));
            }
        }
        return best;
    }

    private static boolean feasible(List<Candidate> chosen, int[] demand, int[] capacity) {
        int[] perPaper = new int[demand.length];
        int[] perReviewer = new int[capacity.length];
        for (Candidate c : chosen) {
            perPaper[c.paper()]++;
            perReviewer[c.reviewer()]++;
        }
        for (int p = 0; p < demand.length; p++) {
            if (perPaper[p] > demand[p]) {
                return false;
            }
        }
        for (int r = 0; r < capacity.length; r++) {
            if (perReviewer[r] > capacity[r]) {
                return false;
            }
        }
        return true;
    }
}
