package dev.workshops.submissions.review;

import dev.workshops.events.SubmissionChanged;
import java.time.Instant;
import java.util.UUID;

public record MetaReviewView(UUID submissionId, SubmissionChanged.Outcome recommendation, String text, String writtenBy,
        long version, Instant updatedAt) {

    static MetaReviewView of(MetaReview meta) {
        return new MetaReviewView(meta.submissionId, meta.recommendation, meta.text, meta.writtenBy, meta.version,
                meta.updatedAt);
    }
}
