package dev.workshops.submissions.cameraready;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.pdf.LatestPdfVersions;
import dev.workshops.submissions.pdf.PdfPurpose;
import dev.workshops.submissions.pdf.PdfVersion;
import dev.workshops.submissions.submission.AuthorChange;
import dev.workshops.submissions.submission.AuthorRules;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The camera-ready of an accepted paper: its authors send and correct it until the call's camera-ready deadline
 * ({@link SubmissionService#cameraReadyChange}); every change is one transaction with its CAMERA_READY fact. Its PDF
 * goes through the submission PDFs' checks and storage as another {@link PdfPurpose}.
 */
@ApplicationScoped
public class CameraReadyService implements PdfPurpose {

    private final SubmissionService submissions;
    private final CameraReadyFacts facts;
    private final LatestPdfVersions pdfs;
    private final Clock clock;

    public CameraReadyService(SubmissionService submissions, CameraReadyFacts facts, LatestPdfVersions pdfs, Clock clock) {
        this.submissions = submissions;
        this.facts = facts;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<CameraReadyView> send(UUID submissionId, Requester requester, CameraReadyRequest request) {
        Instant now = Timestamps.now(clock);
        return submissions.cameraReadyChange(submissionId, requester, now).flatMap(change -> {
            List<Problem.Violation> violations = CameraReadyRules.check(request, requester.verifiedEmail());
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            return CameraReady.<CameraReady>findById(submissionId).flatMap(held -> {
                CameraReady sent = held != null ? held : new CameraReady();
                if (held == null) {
                    sent.submissionId = submissionId;
                    sent.sentAt = now;
                }
                fill(sent, request, requester, now);
                return sent.persist()
                        .flatMap(saved -> submissions.cameraReadyChanged(change))
                        .flatMap(recorded -> view(change.submission(), change.call(), sent));
            });
        });
    }

    /** Its authors and the chairs; anyone else 404 (the submission's own rule). */
    @WithSession
    public Uni<CameraReadyView> get(UUID submissionId, Requester requester) {
        return submissions.get(submissionId, requester).flatMap(seen -> Submission.<Submission>findById(submissionId)
                .flatMap(submission -> CameraReady.<CameraReady>findById(submissionId).flatMap(sent -> {
                    if (sent == null) {
                        throw ProblemException.notFound("No camera-ready was sent for submission " + submissionId + " yet.");
                    }
                    return Call.<Call>findById(submission.workshopId).flatMap(call -> view(submission, call, sent));
                })));
    }

    /**
     * Whether anyone may download its final PDF: an archival paper, accepted and released, not withdrawn. Its
     * authors and the chairs may in any case (the submission's own rule, else 404).
     */
    @WithSession
    public Uni<Void> requireFinalPdfReadable(UUID submissionId, Requester requester) {
        return Submission.<Submission>findById(submissionId).flatMap(submission -> CameraReady.<CameraReady>findById(submissionId)
                .flatMap(sent -> {
                    boolean published = submission != null && sent != null && sent.archival && !submission.isWithdrawn()
                            && submission.acceptedAndReleased();
                    return published ? Uni.createFrom().voidItem() : submissions.get(submissionId, requester).replaceWithVoid();
                }));
    }

    @Override
    public PdfVersion.Kind kind() {
        return PdfVersion.Kind.CAMERA_READY;
    }

    /** Who may and until when, as for its details; and its details first, which the fact needs. */
    @Override
    public Uni<AuthorChange> change(UUID submissionId, Requester requester, Instant madeAt) {
        return submissions.cameraReadyChange(submissionId, requester, madeAt)
                .flatMap(change -> CameraReady.<CameraReady>findById(submissionId).map(sent -> {
                    if (sent == null) {
                        throw ProblemException.conflict("Send the camera-ready's details (title, authors, presenter) before its PDF.");
                    }
                    return change;
                }));
    }

    @Override
    public Uni<Void> received(AuthorChange change) {
        return CameraReady.<CameraReady>findById(change.submission().id)
                .invoke(sent -> sent.updatedAt = Timestamps.now(clock))
                .flatMap(touched -> submissions.cameraReadyChanged(change));
    }

    private Uni<CameraReadyView> view(Submission submission, Call call, CameraReady sent) {
        return PdfVersion.<PdfVersion>find("submissionId = ?1 and kind = ?2 order by version desc", submission.id,
                        PdfVersion.Kind.CAMERA_READY).firstResult()
                .map(pdf -> new CameraReadyView(submission.id, sent.title, sent.abstractText, facts.authorsOf(sent),
                        new CameraReadyView.Presenter(sent.presenterEmail, sent.attendance), sent.license, sent.archival,
                        pdf == null ? null : pdfs.view(pdf), pdf != null && sent.archival ? facts.pdfUrl(submission.id) : null,
                        call.cameraReadyDeadlineAt, sent.sentAt, sent.updatedAt));
    }

    private void fill(CameraReady sent, CameraReadyRequest request, Requester requester, Instant now) {
        String presenter = AuthorRules.normalised(request.presenter().email());
        sent.title = request.title().strip();
        sent.abstractText = request.abstractText().strip();
        sent.authors = facts.write(request.authors().stream()
                .map(a -> new SubmissionChanged.Author(a.name().strip(), AuthorRules.normalised(a.email()),
                        a.affiliation() == null || a.affiliation().isBlank() ? null : a.affiliation().strip(),
                        AuthorRules.normalised(a.email()).equals(presenter)))
                .toList());
        sent.presenterEmail = presenter;
        sent.attendance = request.presenter().attendance();
        sent.license = request.license().strip();
        sent.archival = request.archival();
        sent.sentBy = requester.id();
        sent.updatedAt = now;
    }
}
