package dev.workshops.submissions.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A review as one reader may read it: {@code reviewer} is always the paper's pseudonym ("Reviewer N"); {@code member}
 * (who wrote it) only for chairs; {@code confidentialToChairs} for chairs and its own reviewer; an author reads only
 * {@code reviewer} and {@code commentsToAuthors}. Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(
        String reviewer,
        Boolean mine,
        Review.State state,
        Integer overall,
        Integer confidence,
        Integer originality,
        Integer relevance,
        Integer rigor,
        String summary,
        String strengths,
        String weaknesses,
        String commentsToAuthors,
        String confidentialToChairs,
        Instant submittedAt,
        Instant updatedAt,
        Member member) {

    /** Who wrote a review, for chairs only. */
    public record Member(UUID id, String name, String email) {
    }

    /** For a chair: everything, with who wrote it. */
    static ReviewView forChair(String reviewer, Review review, Member member) {
        return new ReviewView(reviewer, null, review.state, review.overall, review.confidence, review.originality,
                review.relevance, review.rigor, review.summary, review.strengths, review.weaknesses,
                review.commentsToAuthors, review.confidentialToChairs, review.submittedAt, review.updatedAt, member);
    }

    /** For one of the paper's reviewers: never who wrote it; the confidential note only in their own. */
    static ReviewView forReviewer(String reviewer, Review review, boolean mine) {
        return new ReviewView(reviewer, mine, review.state, review.overall, review.confidence, review.originality,
                review.relevance, review.rigor, review.summary, review.strengths, review.weaknesses,
                review.commentsToAuthors, mine ? review.confidentialToChairs : null, review.submittedAt,
                review.updatedAt, null);
    }

    /** For the paper's authors, after release: what they were told. */
    static ReviewView forAuthors(String reviewer, String commentsToAuthors) {
        return new ReviewView(reviewer, null, null, null, null, null, null, null, null, null, null, commentsToAuthors,
                null, null, null, null);
    }
}
