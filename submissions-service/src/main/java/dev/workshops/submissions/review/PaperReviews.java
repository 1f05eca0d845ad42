package dev.workshops.submissions.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Answer of GET /api/submissions/{sid}/reviews: the reviews the caller may read and, for chairs, the meta-review.
 * {@code othersHidden} tells a reviewer that the others' reviews wait for their own to be submitted.
 */
public record PaperReviews(
        List<ReviewView> reviews,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean othersHidden,
        @JsonInclude(JsonInclude.Include.NON_NULL) MetaReviewView metaReview) {
}
