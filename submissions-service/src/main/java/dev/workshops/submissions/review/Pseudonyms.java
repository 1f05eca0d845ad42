package dev.workshops.submissions.review;

import dev.workshops.submissions.assignment.Assignment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Reviewer N" for each of a paper's reviewers, by the order they were assigned in, so the name stays the same
 * across its reviews and its discussion. The only name a reviewer or an author ever reads for a reviewer.
 */
public final class Pseudonyms {

    public static final String CHAIR = "Chair";

    private final Map<UUID, String> byAssignment = new HashMap<>();
    private final Map<UUID, String> byMember = new HashMap<>();

    /** {@code assignments}: the paper's active assignments, oldest first. */
    public Pseudonyms(List<Assignment> assignments) {
        for (int i = 0; i < assignments.size(); i++) {
            String name = "Reviewer " + (i + 1);
            byAssignment.put(assignments.get(i).id, name);
            byMember.put(assignments.get(i).memberId, name);
        }
    }

    public String ofAssignment(UUID assignmentId) {
        return byAssignment.getOrDefault(assignmentId, "Reviewer");
    }

    public String ofMember(UUID memberId) {
        return byMember.getOrDefault(memberId, "Reviewer");
    }
}
