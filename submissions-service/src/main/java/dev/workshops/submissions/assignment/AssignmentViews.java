package dev.workshops.submissions.assignment;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.ReviewAssignmentChanged;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answers of the assignment endpoints, for the chairs. */
public final class AssignmentViews {

    private AssignmentViews() {
    }

    /**
     * An assignment: {@code state} SUBMITTED once its review is submitted (then it never moves); {@code blocked} when
     * a conflict found after it was made, and not dismissed, keeps its member away from the paper.
     */
    public record AssignmentView(UUID id, UUID submissionId, UUID memberId, String memberName, String memberEmail,
            ReviewAssignmentChanged.State state, boolean blocked, String assignedBy, Instant createdAt, Instant updatedAt,
            long version) {
    }

    /** The proposal: the pairs it adds to the existing assignments, papers left short, and every member's load. */
    public record ProposalView(int reviewsPerPaper, int maxLoad, List<AssignmentProposal.Proposed> assignments,
            @JsonProperty("short") List<AssignmentProposal.Short> shortOf, List<AssignmentProposal.Load> loads) {
    }
}
