package dev.workshops.submissions.committee;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionAuthor;
import dev.workshops.support.json.JsonColumns;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A paper as committee members see it: while its authors are hidden from reviewers (a double-blind call, until an
 * acceptance revealed them) nothing about them (no name, email, affiliation, id, nor who submitted it) and
 * {@code authors} absent; otherwise its authors' names and affiliations, never their emails.
 */
public record ReviewerPaper(
        UUID submissionId,
        String title,
        @JsonProperty("abstract") String abstractText,
        String track,
        String format,
        List<String> keywords,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Author> authors) {

    public record Author(String name, String affiliation) {
    }

    public static ReviewerPaper of(Submission paper, List<SubmissionAuthor> authors, Call call, JsonColumns json) {
        return new ReviewerPaper(paper.id, paper.title, paper.abstractText, paper.track, paper.format,
                json.read(paper.keywords, JsonColumns.STRINGS),
                paper.authorsHiddenFromReviewers(call.blind) ? null : authors.stream().sorted(Comparator.comparingInt(a -> a.position))
                        .map(a -> new Author(a.name, a.affiliation)).toList());
    }
}
