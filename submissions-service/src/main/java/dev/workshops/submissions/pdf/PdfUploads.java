package dev.workshops.submissions.pdf;

import dev.workshops.events.CallChanged;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.submissions.call.CallCodec;
import dev.workshops.submissions.call.Timeliness;
import dev.workshops.submissions.submission.AuthorChange;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.submissions.submission.SubmissionView;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An upload from its first byte to its commit. Who may upload, the deadline and the format's size limit are asked
 * before the body is read; the body goes to a temporary file (SHA-256 on the way), PDFBox checks it and writes the
 * reviewers' copy, and only then one transaction stores both files, the version and the submission's change with
 * its fact. A refusal at any step leaves the previous version as it was.
 */
@ApplicationScoped
public class PdfUploads {

    private final SubmissionService submissions;
    private final CallCodec calls;
    private final PdfChecks checks;
    private final PdfChunks chunks;
    private final PdfMetrics metrics;
    private final JsonColumns json;
    private final LatestPdfVersions latest;
    private final Clock clock;

    public PdfUploads(SubmissionService submissions, CallCodec calls, PdfChecks checks, PdfChunks chunks,
            PdfMetrics metrics, JsonColumns json, LatestPdfVersions latest, Clock clock) {
        this.submissions = submissions;
        this.calls = calls;
        this.checks = checks;
        this.chunks = chunks;
        this.metrics = metrics;
        this.json = json;
        this.latest = latest;
        this.clock = clock;
    }

    /** The submission's own PDF: its authors until its deadline; the first one submits it. */
    private final PdfPurpose submission = new PdfPurpose() {
        @Override
        public PdfVersion.Kind kind() {
            return PdfVersion.Kind.SUBMISSION;
        }

        @Override
        public Uni<AuthorChange> change(UUID submissionId, Requester requester, Instant madeAt) {
            return submissions.authorChange(submissionId, requester, madeAt);
        }

        @Override
        public Uni<Void> received(AuthorChange change) {
            return submissions.pdfReceived(change);
        }
    };

    /** Runs on a worker thread: it reads the body as it arrives and waits for the database in between. */
    public SubmissionView.Pdf upload(UUID submissionId, Requester requester, OptionalLong declaredLength, InputStream body)
            throws SpooledUpload.TooLarge {
        return upload(submission, submissionId, requester, declaredLength, body);
    }

    /** The same checks and storage for a PDF of another {@code purpose} (the camera-ready's). */
    public SubmissionView.Pdf upload(PdfPurpose purpose, UUID submissionId, Requester requester, OptionalLong declaredLength,
            InputStream body) throws SpooledUpload.TooLarge {
        CallChanged.Format format = await(() -> Panache.withTransaction(() -> purpose.change(submissionId, requester,
                        Timestamps.now(clock))
                .map(change -> change.format(calls))));
        if (declaredLength.isPresent() && declaredLength.getAsLong() > format.maxBytes()) {
            throw new SpooledUpload.TooLarge(format.maxBytes());
        }
        try (SpooledUpload upload = SpooledUpload.receive(body, format.maxBytes(), checks.scratch())) {
            Instant received = Timestamps.now(clock);
            Path reviewerCopy = Files.createTempFile(checks.scratch(), "reviewers-", ".pdf");
            try {
                PdfInspector.Inspection inspection = checks.inspect(upload.file(), reviewerCopy);
                long copyBytes = Files.size(reviewerCopy);
                StoredUpload stored = await(() -> Panache.withTransaction(() -> purpose.change(submissionId, requester, received)
                        .flatMap(change -> store(purpose, change, requester, upload, inspection, reviewerCopy, copyBytes))));
                metrics.accepted(stored.workshopId(), upload.bytes());
                return stored.pdf();
            } catch (UnreadablePdf refused) {
                throw new ProblemException(Problem.of(400, "Unreadable PDF", refused.getMessage()));
            } finally {
                Files.deleteIfExists(reviewerCopy);
            }
        } catch (IOException e) {
            // The client went away or the disk failed mid-way; nothing was stored.
            throw new UncheckedIOException(e);
        }
    }

    private record StoredUpload(String workshopId, SubmissionView.Pdf pdf) {
    }

    private Uni<StoredUpload> store(PdfPurpose purpose, AuthorChange change, Requester requester, SpooledUpload upload,
            PdfInspector.Inspection inspection, Path reviewerCopy, long copyBytes) {
        UUID submissionId = change.submission().id;
        CallChanged.Format format = change.format(calls);
        Instant now = Timestamps.now(clock);
        // The submission row is locked (authorChange): versions of one submission are numbered one after another.
        return PdfVersion.<PdfVersion>find("submissionId = ?1 and kind = ?2 order by version desc", submissionId, purpose.kind())
                .firstResult()
                .flatMap(previous -> {
                    PdfVersion version = new PdfVersion();
                    version.id = UUID.randomUUID();
                    version.submissionId = submissionId;
                    version.kind = purpose.kind();
                    version.version = previous == null ? 1 : previous.version + 1;
                    version.bytes = upload.bytes();
                    version.sha256 = upload.sha256();
                    version.pages = inspection.pages();
                    version.pagesBeforeReferences = inspection.pagesBeforeReferences();
                    version.formatWarnings = json.write(FormatWarnings.of(inspection, format));
                    version.lateWithinGrace = change.timeliness() == Timeliness.LATE_WITHIN_GRACE;
                    version.reviewerCopyBytes = copyBytes;
                    version.uploadedBy = requester.id();
                    version.uploadedAt = now;
                    return version.persistAndFlush()
                            .flatMap(saved -> chunks.write(version.id, PdfCopy.ORIGINAL, upload.file(), upload.bytes()))
                            .flatMap(written -> chunks.write(version.id, PdfCopy.REVIEWER, reviewerCopy, copyBytes))
                            .flatMap(written -> purpose.received(change))
                            .map(recorded -> new StoredUpload(change.submission().workshopId, latest.view(version)));
                });
    }

    /** Waits on a worker thread for reactive work in a Vert.x context of its own. */
    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e);
        }
    }
}
