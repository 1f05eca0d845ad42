package dev.workshops.submissions.pdf;

import dev.workshops.submissions.submission.AuthorChange;
import dev.workshops.submissions.submission.Requester;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * What a PDF is uploaded for: who may upload it and until when, and what storing it changes. The checks and the
 * storage ({@link PdfUploads}) are the same for every purpose.
 */
public interface PdfPurpose {

    PdfVersion.Kind kind();

    /** Inside the caller's transaction: the change an upload judged at {@code madeAt} makes, or the problem refusing it. */
    Uni<AuthorChange> change(UUID submissionId, Requester requester, Instant madeAt);

    /** Inside the caller's transaction, after the version was stored: the submission's change with its fact. */
    Uni<Void> received(AuthorChange change);
}
