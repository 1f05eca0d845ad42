package dev.workshops.submissions.assignment;

import dev.workshops.submissions.bid.BidLevel;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The most reviews that can be assigned without a single NOT_WILLING pair: a plain maximum flow (JGraphT's
 * Edmonds-Karp) on the proposal's graph without its NOT_WILLING arcs, to check the proposal against.
 */
final class FlowOptimum {

    private FlowOptimum() {
    }

    static int reviewsWithoutNotWilling(AssignmentProposal.Input input) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex("source");
        graph.addVertex("sink");
        for (AssignmentProposal.Member member : input.members()) {
            graph.addVertex("m" + member.memberId());
            graph.setEdgeWeight(graph.addEdge("source", "m" + member.memberId()), Math.max(0, member.maxLoad() - member.assigned()));
        }
        for (AssignmentProposal.Paper paper : input.papers()) {
            UUID id = paper.submissionId();
            graph.addVertex("p" + id);
            graph.setEdgeWeight(graph.addEdge("p" + id, "sink"), Math.max(0, input.reviewsPerPaper() - paper.assigned()));
            for (AssignmentProposal.Member member : input.members()) {
                AssignmentProposal.Pair pair = new AssignmentProposal.Pair(id, member.memberId());
                if (!input.conflicted().contains(pair) && !input.assigned().contains(pair)
                        && input.bids().get(pair) != BidLevel.NOT_WILLING) {
                    graph.setEdgeWeight(graph.addEdge("m" + member.memberId(), "p" + id), 1);
                }
            }
        }
        return (int) Math.round(new EdmondsKarpMFImpl<>(graph).getMaximumFlowValue("source", "sink"));
    }
}
