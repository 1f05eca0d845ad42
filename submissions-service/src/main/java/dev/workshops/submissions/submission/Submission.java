package dev.workshops.submissions.submission;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.CallChanged;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.call.DeadlineRule;
import dev.workshops.submissions.call.Timeliness;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A paper submitted to a call. It changes only through its own methods, each of which says which fact it makes;
 * the service records that fact in the same transaction.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    public static final String DRAFT = SubmissionChanged.Status.DRAFT.name();
    public static final String SUBMITTED = SubmissionChanged.Status.SUBMITTED.name();
    public static final String WITHDRAWN = SubmissionChanged.Status.WITHDRAWN.name();

    private static final TypeReference<List<ReleasedComment>> RELEASED_COMMENTS = new TypeReference<>() { };

    @Id
    public UUID id;
    public String workshopId;
    public String title;
    @Column(name = "abstract")
    public String abstractText;
    public String track;
    public String format;
    /** JSON list of strings. */
    public String keywords;
    /** JSON list of emails or domains the authors declare conflicted. */
    public String declaredConflicts;
    public String status;
    public String submitterId;
    public Instant submittedAt;
    /** Whether its last change landed after the deadline, within the grace period. */
    public boolean lateWithinGrace;
    public Instant extendedUntil;
    public String extendedBy;
    public Instant extendedAt;
    /** The chairs' decision ({@link SubmissionChanged.Outcome}), pending until {@code decisionReleasedAt}. */
    public String decision;
    public String decisionBy;
    public Instant decisionAt;
    public Instant decisionReleasedAt;
    /** JSON list of {@link ReleasedComment}: what its authors were told at release. */
    public String decisionComments;
    /** Once an acceptance is released its authors are shown to its reviewers, whatever the call's blindness. */
    public boolean authorsRevealed;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Submission draft(UUID id, String workshopId, String submitterId, Instant now) {
        Submission submission = new Submission();
        submission.id = id;
        submission.workshopId = workshopId;
        submission.submitterId = submitterId;
        submission.status = DRAFT;
        submission.version = 0;
        submission.createdAt = now;
        return submission;
    }

    /** Its authors changed its details: a draft stays a draft, a submitted paper is updated. */
    SubmissionChanged.Reason edited(Timeliness timeliness, Instant now) {
        requireNotWithdrawn();
        lateWithinGrace = timeliness == Timeliness.LATE_WITHIN_GRACE;
        return changed(isSubmitted() ? SubmissionChanged.Reason.UPDATED : SubmissionChanged.Reason.DRAFTED, now);
    }

    /**
     * A PDF was stored for it (the PDF code calls this in its transaction, through
     * {@link SubmissionService#pdfReceived}): its first PDF submits it, a later one updates it.
     */
    SubmissionChanged.Reason pdfReceived(Timeliness timeliness, Instant now) {
        requireNotWithdrawn();
        lateWithinGrace = timeliness == Timeliness.LATE_WITHIN_GRACE;
        if (isSubmitted()) {
            return changed(SubmissionChanged.Reason.UPDATED, now);
        }
        status = SUBMITTED;
        submittedAt = now;
        return changed(SubmissionChanged.Reason.SUBMITTED, now);
    }

    SubmissionChanged.Reason withdrawn(Instant now) {
        requireNotWithdrawn();
        status = WITHDRAWN;
        return changed(SubmissionChanged.Reason.WITHDRAWN, now);
    }

    /** A chair gave it its own deadline; recorded with who and when. */
    SubmissionChanged.Reason extended(Instant until, String grantedBy, Instant now) {
        requireNotWithdrawn();
        extendedUntil = until;
        extendedBy = grantedBy;
        extendedAt = now;
        return changed(SubmissionChanged.Reason.EXTENDED, now);
    }

    /** The call's deadline moved; with it, this submission's unless its own extension ends later. */
    SubmissionChanged.Reason deadlineMoved(Instant now) {
        return changed(SubmissionChanged.Reason.DEADLINE_MOVED, now);
    }

    /**
     * A chair records (or, while it is pending, changes) its decision. Invisible to its authors and in no fact until
     * released, so neither its version nor its {@code updatedAt} moves.
     */
    public void decide(SubmissionChanged.Outcome outcome, String decidedBy, Instant now) {
        requireNotWithdrawn();
        if (!isSubmitted()) {
            throw ProblemException.conflict("Submission " + id + " is a draft without a PDF; there is nothing to decide.");
        }
        if (decisionReleasedAt != null) {
            throw ProblemException.conflict("The decision on submission " + id + " was released on " + decisionReleasedAt
                    + "; a released decision is final.");
        }
        decision = outcome.name();
        decisionBy = decidedBy;
        decisionAt = now;
    }

    public boolean decisionPending() {
        return decision != null && decisionReleasedAt == null;
    }

    /**
     * Its pending decision is released with {@code commentsJson} (its reviews' comments to authors, as JSON list of
     * {@link ReleasedComment}); an acceptance reveals its authors for good.
     */
    public SubmissionChanged.Reason decisionReleased(String commentsJson, Instant now) {
        if (!decisionPending()) {
            throw new IllegalStateException("submission " + id + " has no pending decision");
        }
        decisionReleasedAt = now;
        decisionComments = commentsJson;
        if (SubmissionChanged.Outcome.valueOf(decision).accepted()) {
            authorsRevealed = true;
        }
        return changed(SubmissionChanged.Reason.DECISION_RELEASED, now);
    }

    /** Whether a released decision accepted it: only then does it take a camera-ready and appear among the papers. */
    public boolean acceptedAndReleased() {
        return decisionReleasedAt != null && SubmissionChanged.Outcome.valueOf(decision).accepted();
    }

    /** Its authors sent or corrected its camera-ready (details or final PDF); a withdrawn paper takes none. */
    SubmissionChanged.Reason cameraReadyChanged(Instant now) {
        requireCameraReadyAllowed();
        return changed(SubmissionChanged.Reason.CAMERA_READY, now);
    }

    /** 409 unless a released decision accepted it and it was not withdrawn. */
    void requireCameraReadyAllowed() {
        requireNotWithdrawn();
        if (!acceptedAndReleased()) {
            throw ProblemException.conflict(decisionReleasedAt == null
                    ? "The decision on this paper has not been released; a camera-ready follows an acceptance."
                    : "This paper was not accepted; only an accepted paper takes a camera-ready.");
        }
    }

    /** Its decision as released to its authors, or {@code null} before release. */
    public SubmissionChanged.Decision releasedDecision(JsonColumns json) {
        return decisionReleasedAt == null ? null : new SubmissionChanged.Decision(SubmissionChanged.Outcome.valueOf(decision),
                decisionReleasedAt, releasedComments(json).stream().map(ReleasedComment::commentsToAuthors).toList());
    }

    /** The comments to authors released with its decision; none before release. */
    public List<ReleasedComment> releasedComments(JsonColumns json) {
        return decisionComments == null ? List.of() : json.read(decisionComments, RELEASED_COMMENTS);
    }

    /** Whether its authors are hidden from its reviewers: in a double-blind call, until an acceptance revealed them. */
    public boolean authorsHiddenFromReviewers(String blind) {
        return CallChanged.Blind.valueOf(blind) == CallChanged.Blind.DOUBLE && !authorsRevealed;
    }

    /** One review's comments to the authors as released, under the reviewer's pseudonym on this paper. */
    public record ReleasedComment(String reviewer, String commentsToAuthors) {
    }

    public boolean isSubmitted() {
        return SUBMITTED.equals(status);
    }

    public boolean isWithdrawn() {
        return WITHDRAWN.equals(status);
    }

    /** When its authors' changes close: its own extension when that ends later, else the call's deadline. */
    public Instant deadlineAt(Instant callDeadline) {
        return DeadlineRule.dueAt(callDeadline, extendedUntil);
    }

    private SubmissionChanged.Reason changed(SubmissionChanged.Reason reason, Instant now) {
        version += 1;
        updatedAt = now;
        return reason;
    }

    private void requireNotWithdrawn() {
        if (isWithdrawn()) {
            throw ProblemException.conflict("This submission was withdrawn; it can no longer change.");
        }
    }
}
