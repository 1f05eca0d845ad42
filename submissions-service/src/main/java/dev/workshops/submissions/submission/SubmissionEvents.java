package dev.workshops.submissions.submission;

import dev.workshops.events.EventTypes;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.Topics;
import dev.workshops.support.events.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What goes to the `submissions` topic: the submission's snapshot after each change, drafts included. */
@ApplicationScoped
public class SubmissionEvents {

    private final Outbox outbox;

    public SubmissionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records {@code snapshot} in the transaction under way. */
    public Uni<Void> changed(SubmissionChanged snapshot) {
        String id = snapshot.submissionId().toString();
        return outbox.record(Topics.SUBMISSIONS, id, EventTypes.SUBMISSION_CHANGED, id, snapshot);
    }
}
