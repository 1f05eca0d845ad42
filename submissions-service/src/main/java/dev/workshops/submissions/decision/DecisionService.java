package dev.workshops.submissions.decision;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Decisions are recorded as pending, where no author and no fact sees them, and released together: each released
 * paper's fact (reason DECISION_RELEASED) is written in the same transaction as the release.
 */
@ApplicationScoped
public class DecisionService {

    private final SubmissionService submissions;
    private final ReviewComments comments;
    private final JsonColumns json;
    private final Clock clock;

    public DecisionService(SubmissionService submissions, ReviewComments comments, JsonColumns json, Clock clock) {
        this.submissions = submissions;
        this.comments = comments;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records or replaces a submitted paper's pending decision; 403 for a chair's own paper, 409 for a draft, a
     * withdrawn paper or once released.
     */
    @WithTransaction
    public Uni<DecisionView> decide(UUID submissionId, SubmissionChanged.Outcome outcome, Requester chair) {
        return submissions.heldForChair(submissionId, chair).flatMap(held -> {
            Submission submission = held.submission();
            submission.decide(outcome, chair.signature(), Timestamps.now(clock));
            return submission.persist().map(saved -> DecisionView.of(submission));
        });
    }

    /**
     * Releases every pending decision of the workshop's papers that are not withdrawn, with their reviews' comments
     * to authors; 409 when none is pending (so releasing twice is refused). The call is locked alone, as a moved
     * deadline locks it: no author's change and no decision lands half-way through.
     */
    @WithTransaction
    public Uni<Integer> release(String workshopId) {
        return Call.<Call>findById(workshopId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workshop '" + workshopId + "' has no call for papers."))
                .flatMap(call -> Submission.<Submission>find("workshopId = ?1 and decision is not null"
                                        + " and decisionReleasedAt is null and status <> ?2", Sort.by("createdAt").and("id"),
                                workshopId, Submission.WITHDRAWN)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).<Submission>list()
                        .flatMap(pending -> {
                            if (pending.isEmpty()) {
                                throw ProblemException.conflict("No decision of workshop '" + workshopId
                                        + "' is pending: there is nothing to release.");
                            }
                            Instant now = Timestamps.now(clock);
                            return comments.toAuthors(pending.stream().map(s -> s.id).toList())
                                    .flatMap(released -> submissions.republish(pending, call, submission -> submission
                                            .decisionReleased(json.write(released.getOrDefault(submission.id, List.of())), now)))
                                    .replaceWith(pending.size());
                        }));
    }
}
