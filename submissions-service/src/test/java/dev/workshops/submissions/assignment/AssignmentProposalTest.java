package dev.workshops.submissions.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.submissions.assignment.AssignmentProposal.Input;
import dev.workshops.submissions.assignment.AssignmentProposal.Member;
import dev.workshops.submissions.assignment.AssignmentProposal.Pair;
import dev.workshops.submissions.assignment.AssignmentProposal.Paper;
import dev.workshops.submissions.assignment.AssignmentProposal.Proposed;
import dev.workshops.submissions.bid.BidLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssignmentProposalTest {

    private static final UUID P1 = id(1);
    private static final UUID P2 = id(2);
    private static final UUID A = id(101);
    private static final UUID B = id(102);
    private static final UUID C = id(103);

    @Test
    void fortyPapersThirtyMembersEachGetThreeWithinLoadsAndNoNotWillingWhileAFlowWithoutOneIsFull() {
        for (long seed = 1; seed <= 20; seed++) {
            Input input = RandomCalls.of(new Random(seed), 40, 30, 3, 4);
            AssignmentProposal.Result result = AssignmentProposal.propose(input);

            Map<UUID, Long> perPaper = result.assignments().stream().collect(Collectors.groupingBy(Proposed::submissionId, Collectors.counting()));
            Map<UUID, Long> perMember = result.assignments().stream().collect(Collectors.groupingBy(Proposed::memberId, Collectors.counting()));
            long notWilling = result.assignments().stream().filter(p -> p.bid() == BidLevel.NOT_WILLING).count();

            assertEquals(40, perPaper.size(), "seed " + seed);
            assertTrue(perPaper.values().stream().allMatch(n -> n == 3), "seed " + seed);
            assertTrue(perMember.values().stream().allMatch(n -> n <= 4), "seed " + seed);
            assertTrue(result.assignments().stream().noneMatch(p -> input.conflicted().contains(new Pair(p.submissionId(), p.memberId()))));
            assertEquals(40 * 3, FlowOptimum.reviewsWithoutNotWilling(input), "seed " + seed + " leaves a full flow without NOT_WILLING");
            assertEquals(0, notWilling, "seed " + seed);
            assertEquals(List.of(), result.shortOf());
            assertEquals(result, AssignmentProposal.propose(input), "the same input gives the same proposal");
            assertEquals(result, AssignmentProposal.propose(shuffled(input, new Random(-seed))), "the order of the input does not matter");
        }
    }

    @Test
    void aNotWillingPairIsProposedOnlyWhenNoOtherMemberWithoutAConflictIsLeft() {
        Input input = new Input(2, List.of(new Paper(P1, 0)), List.of(new Member(A, 4, 0), new Member(B, 4, 0), new Member(C, 4, 0)),
                Set.of(new Pair(P1, C)), Set.of(), Map.of(new Pair(P1, A), BidLevel.EAGER, new Pair(P1, B), BidLevel.NOT_WILLING));

        List<Proposed> proposed = AssignmentProposal.propose(input).assignments();

        assertEquals(List.of(new Proposed(P1, A, BidLevel.EAGER, "bid EAGER"),
                new Proposed(P1, B, BidLevel.NOT_WILLING, "NOT_WILLING: no proposal within the loads fills as many reviews with fewer NOT_WILLING pairs")), proposed);
    }

    @Test
    void bidsArePreferredEagerThenWillingThenNeutral() {
        Input input = new Input(1, List.of(new Paper(P1, 0), new Paper(P2, 0)), List.of(new Member(A, 1, 0), new Member(B, 1, 0)),
                Set.of(), Set.of(), Map.of(new Pair(P1, A), BidLevel.WILLING, new Pair(P1, B), BidLevel.EAGER,
                        new Pair(P2, A), BidLevel.EAGER, new Pair(P2, B), BidLevel.NEUTRAL));

        assertEquals(Set.of(new Pair(P1, B), new Pair(P2, A)), pairs(AssignmentProposal.propose(input).assignments()));
    }

    @Test
    void existingAssignmentsStayCountAndAreNotProposedAgain() {
        Input input = new Input(2, List.of(new Paper(P1, 1)), List.of(new Member(A, 1, 1), new Member(B, 4, 0), new Member(C, 4, 0)),
                Set.of(), Set.of(new Pair(P1, A)), Map.of(new Pair(P1, C), BidLevel.EAGER));

        AssignmentProposal.Result result = AssignmentProposal.propose(input);

        assertEquals(List.of(new Proposed(P1, C, BidLevel.EAGER, "bid EAGER")), result.assignments());
        assertEquals(List.of(new AssignmentProposal.Load(A, 1, 0, 1), new AssignmentProposal.Load(B, 0, 0, 4),
                new AssignmentProposal.Load(C, 0, 1, 4)), result.loads());
    }

    @Test
    void aPaperShortOfReviewersSaysWhy() {
        Input fewWithoutConflict = new Input(3, List.of(new Paper(P1, 0)), List.of(new Member(A, 4, 0), new Member(B, 4, 0), new Member(C, 4, 0)),
                Set.of(new Pair(P1, B), new Pair(P1, C)), Set.of(), Map.of());
        assertEquals(List.of(new AssignmentProposal.Short(P1, 2, "only 1 member without a conflict")),
                AssignmentProposal.propose(fewWithoutConflict).shortOf());

        Input capacityUsedUp = new Input(2, List.of(new Paper(P1, 0), new Paper(P2, 0)), List.of(new Member(A, 1, 0), new Member(B, 2, 0)),
                Set.of(), Set.of(), Map.of());
        AssignmentProposal.Result result = AssignmentProposal.propose(capacityUsedUp);
        assertEquals(3, result.assignments().size());
        assertEquals(1, result.shortOf().size());
        assertEquals("the committee's capacity is used up", result.shortOf().getFirst().why());
        assertFalse(result.loads().stream().anyMatch(load -> load.assigned() + load.proposed() > load.maxLoad()));
    }

    /** The same call, its papers, members, conflicts, assignments and bids listed in another order. */
    private static Input shuffled(Input input, Random random) {
        List<Paper> papers = new ArrayList<>(input.papers());
        List<Member> members = new ArrayList<>(input.members());
        List<Map.Entry<Pair, BidLevel>> bids = new ArrayList<>(input.bids().entrySet());
        Collections.shuffle(papers, random);
        Collections.shuffle(members, random);
        Collections.shuffle(bids, random);
        Map<Pair, BidLevel> reordered = new LinkedHashMap<>();
        bids.forEach(bid -> reordered.put(bid.getKey(), bid.getValue()));
        return new Input(input.reviewsPerPaper(), papers, members, new LinkedHashSet<>(input.conflicted()),
                new LinkedHashSet<>(input.assigned()), reordered);
    }

    private static Set<Pair> pairs(List<Proposed> proposed) {
        return proposed.stream().map(p -> new Pair(p.submissionId(), p.memberId())).collect(Collectors.toSet());
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
