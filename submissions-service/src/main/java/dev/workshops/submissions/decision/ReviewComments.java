package dev.workshops.submissions.decision;

import dev.workshops.submissions.submission.Submission;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The submitted reviews' comments to authors of each paper, released with its decision. */
public interface ReviewComments {

    /** Inside the caller's transaction; a paper without submitted reviews may be absent from the map. */
    Uni<Map<UUID, List<Submission.ReleasedComment>>> toAuthors(Collection<UUID> submissionIds);
}
