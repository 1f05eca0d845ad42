package dev.workshops.submissions.assignment;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A committee member assigned to review a paper. ASSIGNED until its review is submitted (then it never moves),
 * REMOVED when a chair takes it back; the row stays so that its facts keep counting versions.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;
    public String workshopId;
    public UUID submissionId;
    public UUID memberId;
    /** N of "Reviewer N" on its paper: one more than the paper's highest so far, never reused. */
    public int reviewerNumber;
    @Enumerated(EnumType.STRING)
    public ReviewAssignmentChanged.State state;
    public String assignedBy;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    /** {@code reviewerNumber}: from {@link Assignments#nextReviewerNumber}, while no one else assigns the paper. */
    static Assignment assigned(String workshopId, UUID submissionId, UUID memberId, int reviewerNumber, String assignedBy,
            Instant now) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.workshopId = workshopId;
        assignment.submissionId = submissionId;
        assignment.memberId = memberId;
        assignment.reviewerNumber = reviewerNumber;
        assignment.state = ReviewAssignmentChanged.State.ASSIGNED;
        assignment.assignedBy = assignedBy;
        assignment.version = 1;
        assignment.createdAt = now;
        assignment.updatedAt = now;
        return assignment;
    }

    /** Its review was submitted: from now on the pair never moves. */
    void reviewSubmitted(Instant now) {
        if (state != ReviewAssignmentChanged.State.ASSIGNED) {
            throw ProblemException.conflict("This assignment is " + state + "; its review cannot be submitted.");
        }
        changed(ReviewAssignmentChanged.State.SUBMITTED, now);
    }

    /** A chair took it back; not once its review is submitted. */
    void removed(Instant now) {
        if (state == ReviewAssignmentChanged.State.SUBMITTED) {
            throw ProblemException.conflict("Its review is submitted: this assignment can no longer be removed.");
        }
        changed(ReviewAssignmentChanged.State.REMOVED, now);
    }

    /** The call's review deadline moved: the same state, published again with the new due date. */
    void dueMoved(Instant now) {
        changed(state, now);
    }

    public boolean isActive() {
        return state != ReviewAssignmentChanged.State.REMOVED;
    }

    public boolean isSubmitted() {
        return state == ReviewAssignmentChanged.State.SUBMITTED;
    }

    private void changed(ReviewAssignmentChanged.State next, Instant now) {
        state = next;
        version += 1;
        updatedAt = now;
    }
}
