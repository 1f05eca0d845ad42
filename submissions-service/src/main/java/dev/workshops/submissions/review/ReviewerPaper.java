package dev.workshops.submissions.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * A paper as its reviewers read it, with its PDF's link (the reviewers' copy): no author while
 * {@code Submission.authorsHiddenFromReviewers} (a double-blind call, until an acceptance is released), else their
 * names and affiliations, never their emails.
 */
public record ReviewerPaper(
        UUID submissionId,
        String title,
        @JsonProperty("abstract") String abstractText,
        String track,
        String format,
        List<String> keywords,
        String pdf,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Author> authors) {

    public record Author(String name, String affiliation) {
    }
}
