package cn.chuanyu.conference.assignment;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Minimum-cost maximum flow by successive shortest paths (primal-dual): Dijkstra on reduced costs finds the shortest
 * distance to the sink, the potentials absorb it so that every shortest path has reduced cost zero, then depth-first
 * searches push flow along zero-reduced-cost paths until none is left; repeat until the sink is unreachable. Each
 * augmentation along a shortest path keeps the flow of minimum cost for its value, so the last one is a maximum flow of
 * minimum cost. Costs must be non-negative (then the first potentials are zero). Small integer capacities (here one per
 * reviewer-paper edge) make many augmentations per Dijkstra.
 */
final class MinCostFlow {

    private static final long UNREACHED = Long.MAX_VALUE / 4;

    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private long[] cost = new long[16];
    private int edges;

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and its residual twin; returns the edge's index for {@link #flow(int)}. */
    int addEdge(int from, int target, int edgeCapacity, long edgeCost) {
        if (edgeCost < 0) {
            throw new IllegalArgumentException("negative cost " + edgeCost);
        }
        int index = edges;
        append(from, target, edgeCapacity, edgeCost);
        append(target, from, 0, -edgeCost);
        return index;
    }

    /** The flow the solution sends along an edge {@link #addEdge} returned. */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    /** Sends as much flow as possible from source to sink at minimum cost; returns the flow. */
    int solve(int source, int sink) {
        long[] potential = new long[nodes];
        long[] distance = new long[nodes];
        int total = 0;
        while (shortestDistances(source, sink, potential, distance)) {
            for (int v = 0; v < nodes; v++) {
                // unreached nodes move with the sink: reduced costs into them stay non-negative
                potential[v] += Math.min(distance[v], distance[sink]);
            }
            int pushed;
            boolean[] visited = new boolean[nodes];
            while ((pushed = augment(source, sink, Integer.MAX_VALUE, potential, visited)) > 0) {
                total += pushed;
                Arrays.fill(visited, false);
            }
        }
        return total;
    }

    private boolean shortestDistances(int source, int sink, long[] potential, long[] distance) {
        Arrays.fill(distance, UNREACHED);
        distance[source] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, source});
        while (!queue.isEmpty()) {
            long[] entry = queue.poll();
            int u = (int) entry[1];
            if (entry[0] > distance[u]) {
                continue;
            }
            for (int e = head[u]; e != -1; e = next[e]) {
                if (capacity[e] == 0) {
                    continue;
                }
                int v = to[e];
                long candidate = distance[u] + cost[e] + potential[u] - potential[v];
                if (candidate < distance[v]) {
                    distance[v] = candidate;
                    queue.add(new long[] {candidate, v});
                }
            }
        }
        return distance[sink] < UNREACHED;
    }

    /** One path of zero reduced cost from u to the sink, depth first; each node is tried once per search. */
    private int augment(int u, int sink, int limit, long[] potential, boolean[] visited) {
        if (u == sink) {
            return limit;
        }
        visited[u] = true;
        for (int e = head[u]; e != -1; e = next[e]) {
            int v = to[e];
            if (capacity[e] > 0 && !visited[v] && cost[e] + potential[u] - potential[v] == 0) {
                int pushed = augment(v, sink, Math.min(limit, capacity[e]), potential, visited);
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    private void append(int from, int target, int edgeCapacity, long edgeCost) {
        if (edges == to.length) {
            int size = edges * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
        to[edges] = target;
        capacity[edges] = edgeCapacity;
        cost[edges] = edgeCost;
        next[edges] = head[from];
        head[from] = edges++;
    }
}
