package dev.workshops.submissions.assignment;

import dev.workshops.submissions.bid.BidLevel;
import java.util.Arrays;
import java.util.Random;

/**
 * How long a proposal takes for a large call: 300 papers, 120 members, 3 reviewers per paper, a load of at most 8
 * (960 places for 900 reviews), random bids on a third of the pairs and conflicts on 2 % (fixed seed). Prints the
 * median of 9 timed runs after 3 warm-up runs. Run it with
 * {@code ./mvnw -q -o -pl submissions-service -am process-test-classes -Pproposal-benchmark}.
 */
public final class ProposalBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    private ProposalBenchmark() {
    }

    public static void main(String[] args) {
        AssignmentProposal.Input input = RandomCalls.of(new Random(300_120_3), 300, 120, 3, 8);
        AssignmentProposal.Result result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = AssignmentProposal.propose(input);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            AssignmentProposal.Result again = AssignmentProposal.propose(input);
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (!again.equals(result)) {
                throw new IllegalStateException("the same input gave another proposal");
            }
        }
        Arrays.sort(millis);
        long notWilling = result.assignments().stream().filter(p -> p.bid() == BidLevel.NOT_WILLING).count();
        System.out.printf("proposal for 300 papers x 120 members, k = 3, max load 8: median %.0f ms (min %.0f, max %.0f, %d runs)%n",
                millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS);
        System.out.printf("%d pairs proposed, %d papers short, %d NOT_WILLING pairs%n", result.assignments().size(),
                result.shortOf().size(), notWilling);
    }
}
