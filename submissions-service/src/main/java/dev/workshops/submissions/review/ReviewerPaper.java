package dev.workshops.submissions.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.support.json.JsonColumns;
import java.util.List;
import java.util.UUID;

/**
 * A paper as its reviewers read it, with its PDF's link (the reviewers' copy): no author while
 * {@code Submission.authorsHiddenFromReviewers} (a double-blind call, until an acceptance is released), else their
 * names and affiliations, never their emails. Bidding members read the same paper without the PDF's link
 * ({@link #forBidding}: the PDF is for its assigned reviewers).
 */
public record ReviewerPaper(
        UUID submissionId,
        String title,
        @JsonProperty("abstract") String abstractText,
        String track,
        String format,
        List<String> keywords,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pdf,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Author> authors) {

    public record Author(String name, String affiliation) {
    }

    /** {@code authors} in their order; left out while the submission hides them from reviewers. */
    public static ReviewerPaper of(Submission paper, Call call, List<Author> authors, JsonColumns json) {
        return new ReviewerPaper(paper.id, paper.title, paper.abstractText, paper.track, paper.format,
                json.read(paper.keywords, JsonColumns.STRINGS), "/api/submissions/" + paper.id + "/pdf",
                paper.authorsHiddenFromReviewers(call.blind) ? null : authors);
    }

    public ReviewerPaper forBidding() {
        return new ReviewerPaper(submissionId, title, abstractText, track, format, keywords, null, authors);
    }
}
