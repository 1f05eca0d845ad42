package dev.workshops.submissions.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.SubmissionChanged;
import java.util.List;
import java.util.UUID;

/**
 * A paper as its reviewers read it: no author, unless the call is not double-blind or an accepted paper's authors
 * were revealed ({@code Submission.authorsHiddenFromReviewers}); the PDF by its link (the reviewers' copy).
 */
public record ReviewerPaper(
        UUID id,
        String title,
        @JsonProperty("abstract") String abstractText,
        String track,
        String format,
        List<String> keywords,
        String pdf,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SubmissionChanged.Author> authors) {
}
