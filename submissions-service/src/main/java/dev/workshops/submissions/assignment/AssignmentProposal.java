package dev.workshops.submissions.assignment;

import dev.workshops.submissions.bid.BidLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Proposes reviewers for a call's papers as a minimum-cost flow (JGraphT's capacity scaling): source → member
 * (capacity: the load left to them), member → paper (capacity 1, no arc for a conflicted or already assigned pair,
 * cost by bid), paper → sink (capacity: the reviewers it still lacks), and a costly bypass source → sink that carries
 * what cannot be assigned. The costs are tiered so that, in this order, as many reviews as possible are assigned,
 * then as few NOT_WILLING pairs as possible (one costs more than all other pairs together), then bids are preferred
 * EAGER, WILLING, NEUTRAL. Existing assignments stay and count. The graph is built in the order of ids, so the same
 * input gives the same proposal.
 */
public final class AssignmentProposal {

    /** A paper to review and how many active reviewers it has already. */
    public record Paper(UUID submissionId, int assigned) {
    }

    /** A member who may review, their load limit and the papers they have already. */
    public record Member(UUID memberId, int maxLoad, int assigned) {
    }

    public record Pair(UUID submissionId, UUID memberId) {
    }

    /**
     * @param conflicted pairs a standing conflict keeps apart
     * @param assigned pairs with an active assignment (kept, never proposed again)
     * @param bids the members' bids; a pair without one counts as NEUTRAL
     */
    public record Input(int reviewsPerPaper, List<Paper> papers, List<Member> members, Set<Pair> conflicted,
            Set<Pair> assigned, Map<Pair, BidLevel> bids) {
    }

    /** A proposed pair; {@code bid} {@code null} when the member did not bid on the paper. */
    public record Proposed(UUID submissionId, UUID memberId, BidLevel bid, String reason) {
    }

    /** A paper that would still lack {@code missing} reviewers, and why. */
    public record Short(UUID submissionId, int missing, String why) {
    }

    /** A member's load with the proposal: {@code assigned} before it, {@code proposed} by it. */
    public record Load(UUID memberId, int assigned, int proposed, int maxLoad) {
    }

    public record Result(List<Proposed> assignments, List<Short> shortOf, List<Load> loads) {
    }

    private static final double[] BID_COSTS = {1, 2, 3};

    private record Node(int kind, UUID id) {
        static final Node SOURCE = new Node(0, null);
        static final Node SINK = new Node(3, null);
    }

    private record Arc(Node from, Node to) {
    }

    private AssignmentProposal() {
    }

    public static Result propose(Input input) {
        int k = input.reviewsPerPaper();
        List<Paper> papers = input.papers().stream().sorted(Comparator.comparing(Paper::submissionId)).toList();
        List<Member> members = input.members().stream().sorted(Comparator.comparing(Member::memberId)).toList();
        int wanted = papers.stream().mapToInt(paper -> Math.max(0, k - paper.assigned())).sum();
        double notWilling = 3.0 * wanted + 1;
        double unassigned = (notWilling + 3) * wanted + 1;

        // Costs are the arcs' weights: the capacity scaling algorithm reads them from the graph.
        Graph<Node, Arc> graph = new SimpleDirectedGraph<>(null, null, true);
        Map<Arc, Integer> capacities = new HashMap<>();
        Map<Arc, Pair> pairs = new LinkedHashMap<>();
        graph.addVertex(Node.SOURCE);
        graph.addVertex(Node.SINK);
        arc(graph, capacities, Node.SOURCE, Node.SINK, wanted, unassigned);
        for (Member member : members) {
            Node node = new Node(1, member.memberId());
            graph.addVertex(node);
            arc(graph, capacities, Node.SOURCE, node, Math.max(0, member.maxLoad() - member.assigned()), 0);
        }
        for (Paper paper : papers) {
            Node node = new Node(2, paper.submissionId());
            graph.addVertex(node);
            arc(graph, capacities, node, Node.SINK, Math.max(0, k - paper.assigned()), 0);
            for (Member member : members) {
                Pair pair = new Pair(paper.submissionId(), member.memberId());
                if (input.conflicted().contains(pair) || input.assigned().contains(pair)) {
                    continue;
                }
                BidLevel bid = input.bids().getOrDefault(pair, BidLevel.NEUTRAL);
                double cost = bid == BidLevel.NOT_WILLING ? notWilling : BID_COSTS[bid.ordinal()];
                pairs.put(arc(graph, capacities, new Node(1, member.memberId()), node, 1, cost), pair);
            }
        }

        Map<Arc, Double> flow = wanted == 0 ? Map.of() : new CapacityScalingMinimumCostFlow<Node, Arc>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        node -> node.equals(Node.SOURCE) ? wanted : node.equals(Node.SINK) ? -wanted : 0,
                        capacities::get))
                .getFlowMap();

        List<Proposed> proposed = new ArrayList<>();
        Map<UUID, Integer> proposedPerPaper = new HashMap<>();
        Map<UUID, Integer> proposedPerMember = new HashMap<>();
        pairs.forEach((arc, pair) -> {
            if (flow.getOrDefault(arc, 0.0) > 0.5) {
                BidLevel bid = input.bids().get(pair);
                proposed.add(new Proposed(pair.submissionId(), pair.memberId(), bid, reasonFor(bid)));
                proposedPerPaper.merge(pair.submissionId(), 1, Integer::sum);
                proposedPerMember.merge(pair.memberId(), 1, Integer::sum);
            }
        });
        List<Short> shortOf = new ArrayList<>();
        for (Paper paper : papers) {
            int missing = k - paper.assigned() - proposedPerPaper.getOrDefault(paper.submissionId(), 0);
            if (missing > 0) {
                long free = members.stream()
                        .filter(member -> !input.conflicted().contains(new Pair(paper.submissionId(), member.memberId()))).count();
                shortOf.add(new Short(paper.submissionId(), missing, free < k
                        ? "only " + free + (free == 1 ? " member" : " members") + " without a conflict"
                        : "the committee's capacity is used up"));
            }
        }
        List<Load> loads = members.stream().map(member -> new Load(member.memberId(), member.assigned(),
                proposedPerMember.getOrDefault(member.memberId(), 0), member.maxLoad())).toList();
        return new Result(proposed, shortOf, loads);
    }

    private static String reasonFor(BidLevel bid) {
        if (bid == null) {
            return "no bid (counted as NEUTRAL)";
        }
        return bid == BidLevel.NOT_WILLING ? "NOT_WILLING: no proposal within the loads fills as many reviews with fewer NOT_WILLING pairs" : "bid " + bid;
    }

    private static Arc arc(Graph<Node, Arc> graph, Map<Arc, Integer> capacities, Node from, Node to, int capacity, double cost) {
        Arc arc = new Arc(from, to);
        graph.addEdge(from, to, arc);
        graph.setEdgeWeight(arc, cost);
        capacities.put(arc, capacity);
        return arc;
    }
}
