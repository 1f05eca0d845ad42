package dev.workshops.submissions.review;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One reviewer's review of one paper, keyed by their assignment. A DRAFT is seen by its reviewer only; SUBMITTED
 * makes it visible and is final for its state. A submitted review may still be corrected until the call's review
 * deadline; nothing changes once the paper's decision is released.
 */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    public enum State { DRAFT, SUBMITTED }

    @Id
    public UUID assignmentId;
    public UUID submissionId;
    public String workshopId;
    @Enumerated(EnumType.STRING)
    public State state;
    public Integer overall;
    public Integer confidence;
    public Integer originality;
    public Integer relevance;
    public Integer rigor;
    public String summary;
    public String strengths;
    public String weaknesses;
    public String commentsToAuthors;
    public String confidentialToChairs;
    public Instant submittedAt;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Review started(UUID assignmentId, UUID submissionId, String workshopId, Instant now) {
        Review review = new Review();
        review.assignmentId = assignmentId;
        review.submissionId = submissionId;
        review.workshopId = workshopId;
        review.state = State.DRAFT;
        review.version = 0;
        review.createdAt = now;
        return review;
    }

    /**
     * Takes the reviewer's form; {@code true} when this change submitted it. A submitted review stays submitted
     * ({@code submit: false} saves a correction), and only before {@code reviewDeadline}.
     */
    boolean written(ReviewRequest form, Instant reviewDeadline, Instant now) {
        if (state == State.SUBMITTED && now.isAfter(reviewDeadline)) {
            throw ProblemException.conflict("This review was submitted and the review deadline (" + reviewDeadline
                    + ") has passed: it can no longer change.");
        }
        boolean submitting = state == State.DRAFT && form.submitting();
        if (submitting || state == State.SUBMITTED) {
            List<Problem.Violation> missing = missingScores(form);
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
        }
        overall = form.overall();
        confidence = form.confidence();
        originality = form.originality();
        relevance = form.relevance();
        rigor = form.rigor();
        summary = form.summary();
        strengths = form.strengths();
        weaknesses = form.weaknesses();
        commentsToAuthors = form.commentsToAuthors();
        confidentialToChairs = form.confidentialToChairs();
        if (submitting) {
            state = State.SUBMITTED;
            submittedAt = now;
        }
        version += 1;
        updatedAt = now;
        return submitting;
    }

    public boolean isSubmitted() {
        return state == State.SUBMITTED;
    }

    private static List<Problem.Violation> missingScores(ReviewRequest form) {
        List<Problem.Violation> missing = new ArrayList<>();
        required(missing, "confidence", form.confidence());
        required(missing, "originality", form.originality());
        required(missing, "overall", form.overall());
        required(missing, "relevance", form.relevance());
        required(missing, "rigor", form.rigor());
        return missing;
    }

    private static void required(List<Problem.Violation> missing, String field, Integer score) {
        if (score == null) {
            missing.add(new Problem.Violation(field, "is needed to submit a review"));
        }
    }
}
