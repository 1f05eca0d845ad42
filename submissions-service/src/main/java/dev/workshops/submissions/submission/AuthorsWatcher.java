package dev.workshops.submissions.submission;

import io.smallrye.mutiny.Uni;

/**
 * Told, inside the transaction of a submission's change (new, edited, withdrawn), that its authors or declarations
 * may have changed, so what depends on them (conflicts of interest) follows in the same transaction. Peer review
 * provides the bean; without it nobody watches.
 */
public interface AuthorsWatcher {

    Uni<Void> authorsChanged(Submission submission);
}
