package dev.workshops.submissions.pdf;

import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;

/**
 * Serves the PDF that counts, streamed from its chunks: the original to its authors and the chairs, the reviewers'
 * copy to its reviewers while its authors are hidden from them (a double-blind call, until an acceptance is released). Every file is named after the submission only.
 */
@ApplicationScoped
public class PdfDownloads {

    /** Which stored file answers, and how large it is. */
    private record Served(UUID pdfId, PdfCopy copy, long bytes, String fileName) {
    }

    private final SubmissionService submissions;
    private final ReviewerAccess reviewers;
    private final PdfChunks chunks;

    public PdfDownloads(SubmissionService submissions, ReviewerAccess reviewers, PdfChunks chunks) {
        this.submissions = submissions;
        this.reviewers = reviewers;
        this.chunks = chunks;
    }

    /** Runs on a worker thread. */
    public Response forCaller(UUID submissionId, Requester requester) {
        return stream(PdfUploads.await(() -> Panache.withSession(() -> reviewers.reviews(submissionId, requester)
                .flatMap(reviews -> reviews ? asReviewer(submissionId) : asAuthorOrChair(submissionId, requester)))));
    }

    /** What reviewers get, whatever the call's blindness: for chairs to check it, and for its reviewers. */
    public Response reviewerCopy(UUID submissionId, Requester requester) {
        return stream(PdfUploads.await(() -> Panache.withSession(() -> (requester.chair()
                ? Uni.createFrom().item(true) : reviewers.reviews(submissionId, requester))
                .flatMap(allowed -> {
                    if (!allowed) {
                        throw ProblemException.notFound("No submission " + submissionId + ".");
                    }
                    return latest(submissionId, PdfCopy.REVIEWER);
                }))));
    }

    private Uni<Served> asAuthorOrChair(UUID submissionId, Requester requester) {
        // The submission's own rule says who sees it (404 for anyone else).
        return submissions.get(submissionId, requester).flatMap(view -> latest(submissionId, PdfCopy.ORIGINAL));
    }

    private Uni<Served> asReviewer(UUID submissionId) {
        return Submission.<Submission>findById(submissionId)
                .flatMap(submission -> Call.<Call>findById(submission.workshopId).flatMap(call -> latest(submissionId,
                        submission.authorsHiddenFromReviewers(call.blind) ? PdfCopy.REVIEWER : PdfCopy.ORIGINAL)));
    }

    /**
     * The camera-ready's final PDF (its highest version) as uploaded, named after the paper; the caller has decided
     * who may have it. Runs on a worker thread.
     */
    public Response finalVersion(UUID submissionId) {
        return stream(PdfUploads.await(() -> Panache.withSession(() -> PdfVersion.<PdfVersion>find(
                        "submissionId = ?1 and kind = ?2 order by version desc", submissionId, PdfVersion.Kind.CAMERA_READY)
                .firstResult()
                .map(version -> {
                    if (version == null) {
                        throw ProblemException.notFound("Paper " + submissionId + " has no final PDF yet.");
                    }
                    return new Served(version.id, PdfCopy.ORIGINAL, version.bytes, "paper-" + submissionId + ".pdf");
                }))));
    }

    private static Uni<Served> latest(UUID submissionId, PdfCopy copy) {
        return PdfVersion.<PdfVersion>find("submissionId = ?1 and kind = ?2 order by version desc", submissionId,
                        PdfVersion.Kind.SUBMISSION).firstResult()
                .map(version -> {
                    if (version == null) {
                        throw ProblemException.notFound("Submission " + submissionId + " has no PDF yet.");
                    }
                    return copy == PdfCopy.ORIGINAL
                            ? new Served(version.id, copy, version.bytes, "submission-" + submissionId + "-v" + version.version + ".pdf")
                            : new Served(version.id, copy, version.reviewerCopyBytes, "submission-" + submissionId + ".pdf");
                });
    }

    private Response stream(Served served) {
        int count = chunks.count(served.bytes());
        StreamingOutput body = out -> {
            for (int seq = 0; seq < count; seq++) {
                int chunk = seq;
                out.write(PdfUploads.await(() -> chunks.read(served.pdfId(), served.copy(), chunk)));
            }
        };
        return Response.ok(body, PdfResource.PDF)
                .header("Content-Length", served.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + served.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
