package dev.workshops.submissions.review;

import java.time.Instant;
import java.util.UUID;

/** One of the caller's assignments in GET /api/workshops/{id}/reviews/me. */
public record AssignedReview(UUID assignmentId, ReviewerPaper paper, ReviewState review, Instant dueAt) {

    /** Where the caller's review of the paper stands. */
    public enum ReviewState { NOT_STARTED, DRAFT, SUBMITTED }
}
