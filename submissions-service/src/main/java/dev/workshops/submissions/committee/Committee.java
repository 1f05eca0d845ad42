package dev.workshops.submissions.committee;

import dev.workshops.submissions.submission.Requester;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is on a workshop's committee, for the features that act for a member (bids, assignments, reviews). */
@ApplicationScoped
public class Committee {

    /** The requester's accepted membership of the workshop's committee, or {@code null}; inside the caller's session. */
    public Uni<CommitteeMember> acceptedMember(String workshopId, Requester requester) {
        return CommitteeMember.<CommitteeMember>find("workshopId = ?1 and accountId = ?2 and status = ?3",
                workshopId, requester.id(), CommitteeMember.Status.ACCEPTED).firstResult();
    }
}
