package dev.workshops.submissions.assignment;

import dev.workshops.submissions.pdf.ReviewerAccess;
import dev.workshops.submissions.submission.Requester;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A paper's reviewers, for its PDF: its actively assigned members whom no standing conflict keeps away. */
@ApplicationScoped
public class AssignedReviewers implements ReviewerAccess {

    private final Assignments assignments;

    public AssignedReviewers(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Uni<Boolean> reviews(UUID submissionId, Requester requester) {
        return assignments.findReviewing(submissionId, requester).map(assignment -> assignment != null);
    }
}
