package dev.workshops.submissions.review;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.assignment.Assignment;
import dev.workshops.submissions.decision.ReviewComments;
import dev.workshops.submissions.submission.Submission;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The comments to authors of each paper's submitted reviews, under their reviewers' pseudonyms, for its release. */
@ApplicationScoped
public class SubmittedReviewComments implements ReviewComments {

    @Override
    public Uni<Map<UUID, List<Submission.ReleasedComment>>> toAuthors(Collection<UUID> submissionIds) {
        List<UUID> ids = List.copyOf(submissionIds);
        return Assignment.<Assignment>list("submissionId in ?1 and state <> ?2", Sort.by("submissionId").and("reviewerNumber"), ids,
                        ReviewAssignmentChanged.State.REMOVED)
                .flatMap(active -> Review.<Review>list("submissionId in ?1 and state = ?2", ids, Review.State.SUBMITTED)
                        .map(reviews -> {
                            Map<UUID, Review> byAssignment = reviews.stream()
                                    .collect(Collectors.toMap(r -> r.assignmentId, r -> r));
                            Map<UUID, List<Assignment>> byPaper = active.stream()
                                    .collect(Collectors.groupingBy(a -> a.submissionId));
                            Map<UUID, List<Submission.ReleasedComment>> comments = new HashMap<>();
                            byPaper.forEach((paper, its) -> {
                                Pseudonyms names = new Pseudonyms(its);
                                List<Submission.ReleasedComment> told = new ArrayList<>();
                                for (Assignment assignment : its) {
                                    Review review = byAssignment.get(assignment.id);
                                    if (review != null && review.commentsToAuthors != null && !review.commentsToAuthors.isBlank()) {
                                        told.add(new Submission.ReleasedComment(names.ofAssignment(assignment.id),
                                                review.commentsToAuthors));
                                    }
                                }
                                comments.put(paper, told);
                            });
                            return comments;
                        }));
    }
}
