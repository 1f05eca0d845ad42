package dev.workshops.submissions.discussion;

import dev.workshops.submissions.assignment.Assignment;
import dev.workshops.submissions.assignment.Assignments;
import dev.workshops.submissions.review.Pseudonyms;
import dev.workshops.submissions.review.Review;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * A paper's discussion among its reviewers and the chairs. A reviewer joins once their own review is submitted (as
 * they see the others' reviews only then: 409 before); anyone else, its authors included, gets 404.
 */
@ApplicationScoped
public class DiscussionService {

    /** Who takes part: a chair (no membership) or one of the paper's reviewers. */
    private record Participant(Assignment assignment) {

        boolean chair() {
            return assignment == null;
        }
    }

    private final Assignments assignments;
    private final Clock clock;

    public DiscussionService(Assignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<DiscussionView.Post> post(UUID submissionId, Requester requester, String text) {
        return participant(submissionId, requester).flatMap(participant -> {
            DiscussionPost post = DiscussionPost.by(submissionId, requester.id(),
                    participant.chair() ? null : participant.assignment().memberId, text.strip(), Timestamps.now(clock));
            return post.persist().flatMap(saved -> assignments.ofPaper(submissionId))
                    .map(active -> viewOf(post, new Pseudonyms(active), requester));
        });
    }

    @WithSession
    public Uni<DiscussionView> thread(UUID submissionId, Requester requester) {
        return participant(submissionId, requester).flatMap(participant -> assignments.ofPaper(submissionId)
                .flatMap(active -> DiscussionPost.<DiscussionPost>list("submissionId", Sort.by("postedAt").and("id"), submissionId)
                        .map(posts -> {
                            Pseudonyms names = new Pseudonyms(active);
                            return new DiscussionView(posts.stream().map(post -> viewOf(post, names, requester)).toList());
                        })));
    }

    private Uni<Participant> participant(UUID submissionId, Requester requester) {
        return Submission.<Submission>findById(submissionId)
                .onItem().ifNull().failWith(() -> notFound(submissionId))
                .flatMap(paper -> SubmissionService.authoredBy(submissionId, requester))
                .flatMap(author -> {
                    if (author) {
                        throw notFound(submissionId);
                    }
                    if (requester.chair()) {
                        return Uni.createFrom().item(new Participant(null));
                    }
                    return assignments.reviewing(submissionId, requester).flatMap(assignment -> Review.<Review>findById(assignment.id)
                            .map(review -> {
                                if (review == null || !review.isSubmitted()) {
                                    throw ProblemException.conflict("Submit your review of this paper to join its discussion.");
                                }
                                return new Participant(assignment);
                            }));
                });
    }

    private static DiscussionView.Post viewOf(DiscussionPost post, Pseudonyms names, Requester requester) {
        return new DiscussionView.Post(post.id, post.memberId == null ? Pseudonyms.CHAIR : names.ofMember(post.memberId),
                post.accountId.equals(requester.id()), post.text, post.postedAt);
    }

    private static ProblemException notFound(UUID submissionId) {
        return ProblemException.notFound("No submission " + submissionId + ".");
    }
}
