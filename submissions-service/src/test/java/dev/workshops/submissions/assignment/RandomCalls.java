package dev.workshops.submissions.assignment;

import dev.workshops.submissions.bid.BidLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Random calls for the proposal's tests and benchmark: bids on a third of the pairs, conflicts on 2 %. */
final class RandomCalls {

    private RandomCalls() {
    }

    static AssignmentProposal.Input of(Random random, int paperCount, int memberCount, int reviewsPerPaper, int maxLoad) {
        List<AssignmentProposal.Paper> papers = new ArrayList<>();
        for (int i = 0; i < paperCount; i++) {
            papers.add(new AssignmentProposal.Paper(new UUID(random.nextLong(), random.nextLong()), 0));
        }
        List<AssignmentProposal.Member> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            members.add(new AssignmentProposal.Member(new UUID(random.nextLong(), random.nextLong()), maxLoad, 0));
        }
        Set<AssignmentProposal.Pair> conflicted = new HashSet<>();
        Map<AssignmentProposal.Pair, BidLevel> bids = new HashMap<>();
        for (AssignmentProposal.Paper paper : papers) {
            for (AssignmentProposal.Member member : members) {
                AssignmentProposal.Pair pair = new AssignmentProposal.Pair(paper.submissionId(), member.memberId());
                double draw = random.nextDouble();
                if (draw < 0.02) {
                    conflicted.add(pair);
                } else if (draw < 0.35) {
                    bids.put(pair, BidLevel.values()[random.nextInt(BidLevel.values().length)]);
                }
            }
        }
        return new AssignmentProposal.Input(reviewsPerPaper, papers, members, conflicted, Set.of(), bids);
    }
}
