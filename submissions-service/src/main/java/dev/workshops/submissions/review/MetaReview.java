package dev.workshops.submissions.review;

import dev.workshops.events.SubmissionChanged;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A chair's meta-review of a paper: the recommendation and its reasons, one per paper, for the chairs. */
@Entity
@Table(name = "meta_review")
public class MetaReview extends PanacheEntityBase {

    @Id
    public UUID submissionId;
    @Enumerated(EnumType.STRING)
    public SubmissionChanged.Outcome recommendation;
    public String text;
    public String writtenBy;
    public long version;
    public Instant updatedAt;

    static MetaReview of(UUID submissionId) {
        MetaReview meta = new MetaReview();
        meta.submissionId = submissionId;
        meta.version = 0;
        return meta;
    }

    void written(SubmissionChanged.Outcome recommendation, String text, String writtenBy, Instant now) {
        this.recommendation = recommendation;
        this.text = text;
        this.writtenBy = writtenBy;
        version += 1;
        updatedAt = now;
    }
}
