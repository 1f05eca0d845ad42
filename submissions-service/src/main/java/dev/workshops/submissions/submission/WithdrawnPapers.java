package dev.workshops.submissions.submission;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** What a withdrawal ends besides the paper itself; the assignment feature provides the bean. */
public interface WithdrawnPapers {

    /** The paper was withdrawn, inside the caller's transaction, which holds the submission locked. */
    Uni<Void> withdrawn(UUID submissionId);
}
