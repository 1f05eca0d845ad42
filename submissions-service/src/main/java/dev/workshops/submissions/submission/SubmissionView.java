package dev.workshops.submissions.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.SubmissionChanged;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submission as its authors and the chairs read it. {@code pdf} is the latest PDF's summary, {@code null} until one
 * arrives ({@link LatestPdfs}). {@code extension} is present when a chair gave it its own deadline; who granted it
 * only in answers to chairs. {@code decision} and {@code reviews} (the reviews' comments to authors, each under its
 * reviewer's pseudonym) are absent until the decision is released; chairs also see a pending decision.
 * {@code progress} (its review's) is only in the chairs' list.
 */
public record SubmissionView(
        UUID id,
        String workshopId,
        String title,
        @JsonProperty("abstract") String abstractText,
        String track,
        String format,
        List<String> keywords,
        List<SubmissionChanged.Author> authors,
        List<String> declaredConflicts,
        SubmissionChanged.Status status,
        Pdf pdf,
        boolean lateWithinGrace,
        Instant deadlineAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Extension extension,
        Instant submittedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Decision decision,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Submission.ReleasedComment> reviews,
        @JsonInclude(JsonInclude.Include.NON_NULL) Progress progress) {

    /** The latest PDF: its checks on arrival ({@code formatWarnings} for the chairs, never a refusal). */
    public record Pdf(int version, int pages, int pagesBeforeReferences, long bytes, String sha256,
            List<String> formatWarnings, boolean lateWithinGrace) {
    }

    /**
     * The chairs' decision: {@code releasedAt} is {@code null} while it is pending (only chairs see it then);
     * {@code recordedBy} and {@code recordedAt} only for chairs.
     */
    public record Decision(SubmissionChanged.Outcome outcome, Instant releasedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant recordedAt) {
    }

    /** The same with its review's progress, for the chairs' list. */
    SubmissionView withProgress(Progress reviewed) {
        return new SubmissionView(id, workshopId, title, abstractText, track, format, keywords, authors, declaredConflicts,
                status, pdf, lateWithinGrace, deadlineAt, extension, submittedAt, createdAt, updatedAt, version, decision,
                reviews, reviewed);
    }

    /**
     * Its reviews for the chairs: active assignments, how many of them are submitted, and the submitted reviews' mean
     * scores ({@code null} until one is submitted).
     */
    public record Progress(long assigned, long submitted, @JsonInclude(JsonInclude.Include.NON_NULL) Scores meanScores) {

        public static final Progress NONE = new Progress(0, 0, null);
    }

    public record Scores(double overall, double confidence, double originality, double relevance, double rigor) {
    }

    /** A chair's extension of this submission's deadline; {@code grantedBy} only for chairs. */
    public record Extension(Instant until, @JsonInclude(JsonInclude.Include.NON_NULL) String grantedBy, Instant grantedAt) {
    }
}
