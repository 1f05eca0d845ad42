package dev.workshops.submissions.review;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.assignment.Assignment;
import dev.workshops.submissions.assignment.Assignments;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reviews: written by a paper's assigned, non-conflicted member (anyone else gets 404), read by chairs with who wrote
 * them, by the paper's reviewers as "Reviewer N" once their own is submitted, and by its authors after the decision
 * is released, as what they were told then.
 */
@ApplicationScoped
public class ReviewService {

    private final Assignments assignments;
    private final ReviewMetrics metrics;
    private final ReviewTallies tallies;
    private final JsonColumns json;
    private final Clock clock;

    public ReviewService(Assignments assignments, ReviewMetrics metrics, ReviewTallies tallies, JsonColumns json, Clock clock) {
        this.assignments = assignments;
        this.metrics = metrics;
        this.tallies = tallies;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Saves the caller's review of the paper as a draft, or submits it (the assignment becomes SUBMITTED with its
     * fact, in the same transaction); 409 once the paper's decision is released or it was withdrawn. Counted once the
     * transaction has committed.
     */
    public Uni<ReviewView> write(UUID submissionId, Requester requester, ReviewRequest form) {
        return Panache.withTransaction(() -> saved(submissionId, requester, form))
                .invoke(saved -> metrics.saved(saved.review()))
                .map(Saved::view);
    }

    private record Saved(Review review, ReviewView view) {
    }

    private Uni<Saved> saved(UUID submissionId, Requester requester, ReviewRequest form) {
        // Locked (shared) before anything reads it, so the checks below see the row as it stands: a release (which
        // locks the paper alone) takes this review's comments, or this change waits and sees the release.
        return Submission.<Submission>findById(submissionId, LockModeType.PESSIMISTIC_READ)
                .onItem().ifNull().failWith(() -> notFound(submissionId))
                .flatMap(paper -> assignments.reviewing(submissionId, requester)
                        .call(assignment -> assignments.held(assignment))
                        .flatMap(assignment -> {
                    if (paper.decisionReleasedAt != null) {
                        throw ProblemException.conflict("The decision on this paper was released; its reviews are final.");
                    }
                    if (paper.isWithdrawn()) {
                        throw ProblemException.conflict("This paper was withdrawn; it is no longer reviewed.");
                    }
                    // The assignment is held: two first saves of the same review run one after the other, the second
                    // finds the first one's row.
                    return Call.<Call>findById(paper.workshopId).flatMap(call -> Review.<Review>findById(assignment.id,
                                    LockModeType.PESSIMISTIC_WRITE)
                            .map(held -> held != null ? held
                                    : Review.started(assignment.id, submissionId, paper.workshopId, Timestamps.now(clock)))
                            .flatMap(review -> {
                                boolean submitted = review.written(form, call.reviewDeadlineAt, Timestamps.now(clock));
                                Uni<?> persisted = review.persist();
                                if (submitted) {
                                    persisted = persisted.flatMap(done -> assignments.reviewSubmitted(assignment.id));
                                }
                                return persisted.flatMap(done -> assignments.ofPaper(submissionId))
                                        .map(active -> new Saved(review, ReviewView.forReviewer(
                                                new Pseudonyms(active).ofAssignment(assignment.id), review, true)));
                            }));
                }));
    }

    /** The reviews of a paper its caller may read; 404 for anyone who is neither its author, a chair nor its reviewer. */
    @WithSession
    public Uni<PaperReviews> ofPaper(UUID submissionId, Requester requester) {
        return Submission.<Submission>findById(submissionId)
                .onItem().ifNull().failWith(() -> notFound(submissionId))
                .flatMap(paper -> SubmissionService.authoredBy(submissionId, requester).flatMap(author -> {
                    if (author) {
                        return Uni.createFrom().item(forAuthors(paper));
                    }
                    if (requester.chair()) {
                        return forChairs(paper);
                    }
                    return assignments.reviewing(submissionId, requester).flatMap(mine -> forReviewer(paper, mine));
                }));
    }

    /** The caller's assignments in the workshop, each with its anonymised paper and where their review stands. */
    @WithSession
    public Uni<List<AssignedReview>> mine(String workshopId, Requester requester) {
        return Call.<Call>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workshop '" + workshopId + "' has no call for papers."))
                .flatMap(call -> assignments.mine(workshopId, requester).flatMap(mine -> {
                    if (mine.isEmpty()) {
                        return Uni.createFrom().item(List.<AssignedReview>of());
                    }
                    List<UUID> paperIds = mine.stream().map(a -> a.submissionId).toList();
                    return Submission.<Submission>list("id in ?1", paperIds).flatMap(papers -> SubmissionService.authorsOf(paperIds)
                            .flatMap(authors -> Review.<Review>list("assignmentId in ?1", mine.stream().map(a -> a.id).toList())
                                    .map(reviews -> {
                                        Map<UUID, Submission> byId = byKey(papers, s -> s.id);
                                        Map<UUID, Review> reviewOf = byKey(reviews, r -> r.assignmentId);
                                        return mine.stream().map(assignment -> new AssignedReview(assignment.id,
                                                paperFor(byId.get(assignment.submissionId), call,
                                                        authors.getOrDefault(assignment.submissionId, List.of())),
                                                stateOf(reviewOf.get(assignment.id)), call.reviewDeadlineAt)).toList();
                                    })));
                }));
    }

    /** Each accepted member's reviews in the workshop, for the chairs. */
    @WithSession
    public Uni<List<ReviewTallies.MemberTally>> progress(String workshopId) {
        return Call.<Call>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workshop '" + workshopId + "' has no call for papers."))
                .flatMap(call -> tallies.members(workshopId, Timestamps.now(clock)));
    }

    /** A chair writes (or rewrites) the paper's meta-review; 403 for a chair's own paper. */
    @WithTransaction
    public Uni<MetaReviewView> metaReview(UUID submissionId, Requester chair, SubmissionChanged.Outcome recommendation,
            String text) {
        return Submission.<Submission>findById(submissionId)
                .onItem().ifNull().failWith(() -> notFound(submissionId))
                .call(paper -> SubmissionService.notTheirOwn(submissionId, chair))
                .flatMap(paper -> MetaReview.<MetaReview>findById(submissionId, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(held -> {
                    MetaReview meta = held != null ? held : MetaReview.of(submissionId);
                    meta.written(recommendation, text.strip(), chair.signature(), Timestamps.now(clock));
                    return meta.persist().map(saved -> MetaReviewView.of(meta));
                });
    }

    /** The paper as its reviewers read it: authors only when the call or an acceptance reveals them. */
    private ReviewerPaper paperFor(Submission paper, Call call, List<SubmissionChanged.Author> authors) {
        return ReviewerPaper.of(paper, call, authors.stream().map(a -> new ReviewerPaper.Author(a.name(), a.affiliation())).toList(),
                json);
    }

    private PaperReviews forAuthors(Submission paper) {
        return new PaperReviews(paper.releasedComments(json).stream()
                .map(comment -> ReviewView.forAuthors(comment.reviewer(), comment.commentsToAuthors())).toList(), null, null);
    }

    private Uni<PaperReviews> forChairs(Submission paper) {
        return assignments.ofPaper(paper.id).flatMap(active -> submitted(paper.id).flatMap(reviews -> membersOf(active)
                .flatMap(members -> MetaReview.<MetaReview>findById(paper.id).map(meta -> {
                    Pseudonyms names = new Pseudonyms(active);
                    Map<UUID, UUID> memberOf = active.stream().collect(Collectors.toMap(a -> a.id, a -> a.memberId));
                    return new PaperReviews(reviews.stream().map(review -> {
                        CommitteeMember member = members.get(memberOf.get(review.assignmentId));
                        return ReviewView.forChair(names.ofAssignment(review.assignmentId), review, member == null ? null
                                : new ReviewView.Member(member.id, member.name, member.email));
                    }).toList(), null, meta == null ? null : MetaReviewView.of(meta));
                }))));
    }

    private Uni<PaperReviews> forReviewer(Submission paper, Assignment mine) {
        return assignments.ofPaper(paper.id).flatMap(active -> Review.<Review>findById(mine.id).flatMap(own -> {
            Pseudonyms names = new Pseudonyms(active);
            if (own == null || !own.isSubmitted()) {
                List<ReviewView> draft = own == null ? List.of()
                        : List.of(ReviewView.forReviewer(names.ofAssignment(mine.id), own, true));
                return Uni.createFrom().item(new PaperReviews(draft, true, null));
            }
            return submitted(paper.id).map(reviews -> new PaperReviews(reviews.stream()
                    .map(review -> ReviewView.forReviewer(names.ofAssignment(review.assignmentId), review,
                            review.assignmentId.equals(mine.id)))
                    .toList(), false, null));
        }));
    }

    /** The paper's submitted reviews in the order of their reviewers' pseudonyms. */
    private Uni<List<Review>> submitted(UUID submissionId) {
        return assignments.ofPaper(submissionId).flatMap(active -> Review.<Review>list("submissionId = ?1 and state = ?2",
                submissionId, Review.State.SUBMITTED).map(reviews -> {
                    List<UUID> order = active.stream().map(a -> a.id).toList();
                    return reviews.stream().filter(r -> order.contains(r.assignmentId))
                            .sorted(Comparator.comparingInt(r -> order.indexOf(r.assignmentId))).toList();
                }));
    }

    private static Uni<Map<UUID, CommitteeMember>> membersOf(List<Assignment> active) {
        if (active.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return CommitteeMember.<CommitteeMember>list("id in ?1", active.stream().map(a -> a.memberId).toList())
                .map(members -> byKey(members, m -> m.id));
    }

    private static AssignedReview.ReviewState stateOf(Review review) {
        if (review == null) {
            return AssignedReview.ReviewState.NOT_STARTED;
        }
        return review.isSubmitted() ? AssignedReview.ReviewState.SUBMITTED : AssignedReview.ReviewState.DRAFT;
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    private static ProblemException notFound(UUID submissionId) {
        return ProblemException.notFound("No submission " + submissionId + ".");
    }
}
