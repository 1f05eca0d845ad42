package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Snapshot of a submission, keyed by {@code submissionId}, published by submissions-service on
 * {@link Topics#SUBMISSIONS} for every change, drafts included (reminders go to the authors of drafts). It carries
 * the authors' emails so that notices reach every author; never a PDF (the service serves it) and never a reviewer.
 *
 * <p>{@code deadlineAt} is the instant this submission's changes close (its extension if it has one, else the
 * call's deadline) as of this fact; when the call's deadline moves every open submission is published again with
 * reason {@code DEADLINE_MOVED}, so a consumer reminding authors follows the move.
 *
 * <p>{@code decision} is present only once the chairs have released it (a pending decision never travels), and
 * {@code cameraReady} once its authors sent one; while a paper is accepted, its camera-ready title, abstract and
 * authors are the ones to show.
 *
 * <p>{@code cameraReadyDeadlineAt} is the instant the call's camera-ready closes, as of this fact; when it moves,
 * every accepted submission is published again with reason {@code DEADLINE_MOVED}, so the camera-ready reminders
 * follow the submission's own fact as the draft reminders do.
 *
 * <p>Optional: {@code abstractText}, {@code extendedUntil}, {@code submittedAt}, {@code decision},
 * {@code cameraReady}, {@code cameraReadyDeadlineAt} absent are none; {@code keywords} absent is empty; {@code lateWithinGrace} absent is
 * {@code false}; {@code workshop} absent is {@code null} (a consumer takes it from its own projection).
 */
public record SubmissionChanged(
        UUID submissionId,
        String workshopId,
        Status status,
        String title,
        @JsonProperty("abstract") String abstractText,
        String track,
        String format,
        List<String> keywords,
        List<Author> authors,
        Instant deadlineAt,
        Instant extendedUntil,
        Instant submittedAt,
        boolean lateWithinGrace,
        @JsonProperty(required = true) long version,
        Reason reason,
        WorkshopSummary workshop,
        Decision decision,
        CameraReady cameraReady,
        Instant cameraReadyDeadlineAt) {

    /** DRAFT until it has a PDF; WITHDRAWN by its authors. */
    public enum Status { DRAFT, SUBMITTED, WITHDRAWN }

    public enum Reason {
        /** Created or changed while it has no PDF yet. */
        DRAFTED,
        /** Its first PDF arrived. */
        SUBMITTED,
        /** Changed (details or a newer PDF) after it was submitted. */
        UPDATED,
        WITHDRAWN,
        /** A chair gave this submission its own deadline. */
        EXTENDED,
        /** The call's deadline moved, and with it this submission's {@code deadlineAt}. */
        DEADLINE_MOVED,
        DECISION_RELEASED,
        CAMERA_READY
    }

    public SubmissionChanged {
        required(submissionId, "submissionId");
        required(workshopId, "workshopId");
        required(status, "status");
        required(title, "title");
        required(track, "track");
        required(format, "format");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        authors = List.copyOf(required(authors, "authors"));
        required(deadlineAt, "deadlineAt");
        required(reason, "reason");
    }

    /** The shape before {@code cameraReadyDeadlineAt}: none. */
    public SubmissionChanged(UUID submissionId, String workshopId, Status status, String title, String abstractText, String track,
            String format, List<String> keywords, List<Author> authors, Instant deadlineAt, Instant extendedUntil, Instant submittedAt,
            boolean lateWithinGrace, long version, Reason reason, WorkshopSummary workshop, Decision decision, CameraReady cameraReady) {
        this(submissionId, workshopId, status, title, abstractText, track, format, keywords, authors, deadlineAt, extendedUntil,
                submittedAt, lateWithinGrace, version, reason, workshop, decision, cameraReady, null);
    }

    /** What the chairs decided for the paper, as released to its authors: never a reviewer or a confidential note. */
    public enum Outcome {
        ACCEPT_ORAL, ACCEPT_POSTER, REJECT, DESK_REJECT;

        public boolean accepted() {
            return this == ACCEPT_ORAL || this == ACCEPT_POSTER;
        }
    }

    /**
     * A released decision with the reviews' comments to authors, in the reviews' order. Optional:
     * {@code commentsToAuthors} absent is empty.
     */
    public record Decision(Outcome outcome, Instant releasedAt, List<String> commentsToAuthors) {

        public Decision {
            required(outcome, "decision.outcome");
            required(releasedAt, "decision.releasedAt");
            commentsToAuthors = commentsToAuthors == null ? List.of() : List.copyOf(commentsToAuthors);
        }
    }

    /** How the presenter of an accepted paper takes part. */
    public enum Attendance { IN_PERSON, VIRTUAL }

    /**
     * The final version of an accepted paper as its authors sent it. {@code presenterEmail} is one of
     * {@code authors}' emails. {@code pdfUrl} is where submissions-service serves the final PDF, present for
     * archival papers once it was uploaded. Optional: {@code abstractText}, {@code license}, {@code pdfUrl} absent
     * are none.
     */
    public record CameraReady(
            String title,
            @JsonProperty("abstract") String abstractText,
            List<Author> authors,
            String presenterEmail,
            Attendance attendance,
            String license,
            boolean archival,
            String pdfUrl,
            Instant sentAt) {

        public CameraReady {
            required(title, "cameraReady.title");
            authors = List.copyOf(required(authors, "cameraReady.authors"));
            required(presenterEmail, "cameraReady.presenterEmail");
            required(attendance, "cameraReady.attendance");
            required(sentAt, "cameraReady.sentAt");
        }
    }

    /** An author in the submission's order; exactly one of them presents. Optional: {@code affiliation} absent is none. */
    public record Author(String name, String email, String affiliation, boolean presenter) {

        public Author {
            required(name, "authors.name");
            required(email, "authors.email");
        }
    }
}
