package dev.workshops.submissions.submission;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The latest PDF of each submission, for the answers that show a submission. The PDF feature provides the bean;
 * without it no submission has a PDF.
 */
public interface LatestPdfs {

    /** Called inside the caller's session; submissions without a PDF are absent from the map. */
    Uni<Map<UUID, SubmissionView.Pdf>> of(Collection<UUID> submissionIds);
}
