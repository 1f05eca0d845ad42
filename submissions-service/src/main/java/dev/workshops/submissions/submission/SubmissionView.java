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
 * only in answers to chairs.
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
        long version) {

    /** The latest PDF: its checks on arrival ({@code formatWarnings} for the chairs, never a refusal). */
    public record Pdf(int version, int pages, int pagesBeforeReferences, long bytes, String sha256,
            List<String> formatWarnings, boolean lateWithinGrace) {
    }

    /** A chair's extension of this submission's deadline; {@code grantedBy} only for chairs. */
    public record Extension(Instant until, @JsonInclude(JsonInclude.Include.NON_NULL) String grantedBy, Instant grantedAt) {
    }
}
