package dev.workshops.submissions.review;

import dev.workshops.submissions.assignment.Assignment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Reviewer N" for each of a paper's reviewers, N being the number its assignment took when it was made, so the name
 * stays the same across its reviews and its discussion, and when another reviewer is removed. The only name a reviewer
 * or an author ever reads for a reviewer.
 */
public final class Pseudonyms {

    public static final String CHAIR = "Chair";

    private final Map<UUID, String> byAssignment = new HashMap<>();
    private final Map<UUID, String> byMember = new HashMap<>();

    /** {@code assignments}: the paper's active assignments. */
    public Pseudonyms(List<Assignment> assignments) {
        for (Assignment assignment : assignments) {
            String name = "Reviewer " + assignment.reviewerNumber;
            byAssignment.put(assignment.id, name);
            byMember.put(assignment.memberId, name);
        }
    }

    public String ofAssignment(UUID assignmentId) {
        return byAssignment.getOrDefault(assignmentId, "Reviewer");
    }

    public String ofMember(UUID memberId) {
        return byMember.getOrDefault(memberId, "Reviewer");
    }
}
