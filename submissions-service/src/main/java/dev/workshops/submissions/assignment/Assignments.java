package dev.workshops.submissions.assignment;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.call.ReviewersChosen;
import dev.workshops.submissions.committee.Committee;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.conflict.Conflicts;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.WithdrawnPapers;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who reviews which paper, for the features built on assignments (reviews, discussion, the reviewers' PDF). A
 * requester reviews a paper when they are an accepted member of its workshop's committee, actively assigned to it,
 * and no conflict that a chair has not dismissed stands between them; to anyone else the paper is 404.
 */
@ApplicationScoped
public class Assignments implements WithdrawnPapers, ReviewersChosen {

    private final Committee committee;
    private final Conflicts conflicts;
    private final AssignmentEvents events;
    private final Clock clock;

    public Assignments(Committee committee, Conflicts conflicts, AssignmentEvents events, Clock clock) {
        this.committee = committee;
        this.conflicts = conflicts;
        this.events = events;
        this.clock = clock;
    }

    /** The requester's assignment to the paper when they review it, else 404; inside the caller's session. */
    public Uni<Assignment> reviewing(UUID submissionId, Requester requester) {
        return findReviewing(submissionId, requester).onItem().ifNull().failWith(() -> notFound(submissionId));
    }

    /** The same, {@code null} when the requester does not review the paper. */
    public Uni<Assignment> findReviewing(UUID submissionId, Requester requester) {
        return Submission.<Submission>findById(submissionId).flatMap(paper -> paper == null ? Uni.createFrom().nullItem()
                : committee.acceptedMember(paper.workshopId, requester).flatMap(member -> member == null
                        ? Uni.createFrom().<Assignment>nullItem()
                        : active(submissionId, member.id).flatMap(assignment -> assignment == null
                                ? Uni.createFrom().<Assignment>nullItem()
                                : conflicts.blocks(submissionId, member.id).map(blocked -> blocked ? null : assignment))));
    }

    /**
     * The assignment reloaded and locked for the transaction under way (the row may have changed since it was read),
     * inside the caller's transaction; 404 when it is no longer active.
     */
    public Uni<Assignment> held(Assignment assignment) {
        return Panache.getSession().flatMap(session -> session.refresh(assignment, LockModeType.PESSIMISTIC_WRITE))
                .map(done -> {
                    if (!assignment.isActive()) {
                        throw notFound(assignment.submissionId);
                    }
                    return assignment;
                });
    }

    /** A paper's active assignments (ASSIGNED or SUBMITTED) by their reviewer numbers: Reviewer 1, 2, … */
    public Uni<List<Assignment>> ofPaper(UUID submissionId) {
        return Assignment.list("submissionId = ?1 and state <> ?2", Sort.by("reviewerNumber"), submissionId,
                ReviewAssignmentChanged.State.REMOVED);
    }

    /**
     * The reviewer number the paper's next assignment takes: one more than any it ever had (removed ones included, so
     * no number is reused). Inside the transaction that creates the assignment, which must keep other assigners of
     * the paper out (AssignmentService holds the workshop's lock); a unique index refuses a duplicate all the same.
     */
    public static Uni<Integer> nextReviewerNumber(UUID submissionId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select coalesce(max(reviewerNumber), 0) + 1 from Assignment where submissionId = :paper", Integer.class)
                .setParameter("paper", submissionId).getSingleResult());
    }

    /** The requester's active assignments in a workshop that no standing conflict blocks, oldest first. */
    public Uni<List<Assignment>> mine(String workshopId, Requester requester) {
        return committee.acceptedMember(workshopId, requester).flatMap(member -> member == null ? Uni.createFrom().item(List.of())
                : conflicts.keptFrom(member.id).flatMap(keptFrom -> Assignment.<Assignment>list("memberId = ?1 and state <> ?2",
                                Sort.by("createdAt").and("id"), member.id, ReviewAssignmentChanged.State.REMOVED)
                        .map(active -> active.stream().filter(a -> !keptFrom.contains(a.submissionId)).toList())));
    }

    /**
     * Its review was submitted, inside the caller's transaction: the assignment locked, SUBMITTED from now on (a chair
     * can no longer remove it) and its fact recorded; 404 when it is no longer active, 409 when submitted already.
     */
    public Uni<Assignment> reviewSubmitted(UUID assignmentId) {
        return Assignment.<Assignment>findById(assignmentId, LockModeType.PESSIMISTIC_WRITE).flatMap(assignment -> {
            if (assignment == null || !assignment.isActive()) {
                return Uni.createFrom().failure(ProblemException.notFound("No assignment " + assignmentId + "."));
            }
            assignment.reviewSubmitted(Timestamps.now(clock));
            return recorded(assignment).replaceWith(assignment);
        });
    }

    /**
     * A withdrawn paper is no longer reviewed: its assignments whose review is not submitted are REMOVED, each with its
     * fact (no reminder chases them, no gauge counts them); submitted ones stay as they are.
     */
    @Override
    public Uni<Void> withdrawn(UUID submissionId) {
        return Assignment.<Assignment>find("submissionId = ?1 and state = ?2", Sort.by("createdAt").and("id"), submissionId,
                        ReviewAssignmentChanged.State.ASSIGNED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).<Assignment>list()
                .flatMap(open -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Assignment assignment : open) {
                        chain = chain.flatMap(done -> {
                            assignment.removed(Timestamps.now(clock));
                            return recorded(assignment);
                        });
                    }
                    return chain;
                });
    }

    @Override
    public Uni<Boolean> any(String workshopId) {
        return Assignment.count("workshopId", workshopId).map(count -> count > 0);
    }

    /** Persists the assignment's change and records its fact, inside the caller's transaction. */
    Uni<Void> recorded(Assignment assignment) {
        return recorded(List.of(assignment));
    }

    /**
     * Persists the changes of assignments of one workshop and records their facts in order, inside the caller's
     * transaction: their members, papers and call read once, whatever their number.
     */
    Uni<Void> recorded(List<Assignment> changed) {
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> memberIds = changed.stream().map(a -> a.memberId).collect(Collectors.toSet());
        Set<UUID> paperIds = changed.stream().map(a -> a.submissionId).collect(Collectors.toSet());
        return Assignment.persist(changed)
                .flatMap(saved -> CommitteeMember.<CommitteeMember>list("id in ?1", memberIds))
                .flatMap(members -> Submission.<Submission>list("id in ?1", paperIds)
                        .flatMap(papers -> Call.<Call>findById(changed.getFirst().workshopId)
                                .flatMap(call -> events.changed(changed, byId(members, m -> m.id), byId(papers, p -> p.id), call))));
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static Uni<Assignment> active(UUID submissionId, UUID memberId) {
        return Assignment.find("submissionId = ?1 and memberId = ?2 and state <> ?3", submissionId, memberId,
                ReviewAssignmentChanged.State.REMOVED).firstResult();
    }

    private static ProblemException notFound(UUID submissionId) {
        return ProblemException.notFound("No submission " + submissionId + ".");
    }
}
