package dev.workshops.submissions.assignment;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.events.Topics;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /**
     * Records the snapshots of one workshop's changed assignments, one after the other, in the transaction under way;
     * {@code members} and {@code papers} by id.
     */
    public Uni<Void> changed(List<Assignment> changed, Map<UUID, CommitteeMember> members, Map<UUID, Submission> papers, Call call) {
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return KnownWorkshop.summaryOf(call.workshopId, null).flatMap(workshop -> Multi.createFrom().iterable(changed)
                .onItem().transformToUniAndConcatenate(assignment -> {
                    String id = assignment.id.toString();
                    CommitteeMember member = members.get(assignment.memberId);
                    return outbox.record(Topics.REVIEW_ASSIGNMENTS, id, EventTypes.REVIEW_ASSIGNMENT_CHANGED, id,
                            new ReviewAssignmentChanged(assignment.id, assignment.submissionId, assignment.workshopId, member.id,
                                    member.email, member.name, papers.get(assignment.submissionId).title, call.reviewDeadlineAt,
                                    assignment.state, assignment.version, workshop));
                })
                .collect().last().replaceWithVoid());
    }
}
