package dev.workshops.submissions.assignment;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.events.Topics;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What goes to `review-assignments`: the assignment's snapshot after each change, naming the member and the paper
 * by id and title only (never an author), due at the call's review deadline.
 */
@ApplicationScoped
public class AssignmentEvents {

    private final Outbox outbox;

    public AssignmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records the snapshot in the transaction under way. */
    public Uni<Void> changed(Assignment assignment, CommitteeMember member, Submission paper, Call call) {
        String id = assignment.id.toString();
        return KnownWorkshop.summaryOf(assignment.workshopId, null).flatMap(workshop -> outbox.record(
                Topics.REVIEW_ASSIGNMENTS, id, EventTypes.REVIEW_ASSIGNMENT_CHANGED, id,
                new ReviewAssignmentChanged(assignment.id, assignment.submissionId, assignment.workshopId, member.id,
                        member.email, member.name, paper.title, call.reviewDeadlineAt, assignment.state,
                        assignment.version, workshop)));
    }
}
