package dev.workshops.submissions.submission;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** How far the review of each submission is, for the chairs' list; the review feature provides the bean. */
public interface ReviewProgress {

    /** Called inside the caller's session; submissions nobody is assigned to are absent from the map. */
    Uni<Map<UUID, SubmissionView.Progress>> of(Collection<UUID> submissionIds);
}
