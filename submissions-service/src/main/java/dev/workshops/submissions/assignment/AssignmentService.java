package dev.workshops.submissions.assignment;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.bid.Bid;
import dev.workshops.submissions.bid.BidLevel;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.conflict.Conflict;
import dev.workshops.submissions.conflict.ConflictDetection;
import dev.workshops.submissions.conflict.Conflicts;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chairs' side of assignment: a proposal computed from the committee, its loads, conflicts, bids and the
 * assignments already made (which stay), applying pairs (all or nothing), and removing an assignment whose review
 * is not submitted. Every change records its fact on `review-assignments` in its transaction.
 */
@ApplicationScoped
public class AssignmentService {

    private final Assignments assignments;
    private final Clock clock;

    public AssignmentService(Assignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    /** What the chairs see before they apply: it changes nothing. */
    @WithSession
    public Uni<AssignmentViews.ProposalView> propose(String workshopId, AssignmentRequests.ProposalRequest request) {
        return Call.of(workshopId).flatMap(call -> {
            int k = request.reviewsPerPaper() != null ? request.reviewsPerPaper() : call.reviewsPerPaper;
            int maxLoad = request.maxLoad() != null ? request.maxLoad() : call.maxLoad;
            return acceptedMembers(workshopId).flatMap(members -> {
                if (k > members.size()) {
                    throw ProblemException.conflict("A proposal of " + k + " reviewers per paper needs at least " + k
                            + " accepted committee members; this committee has " + members.size() + ".")
                            .with("reviewsPerPaper", k).with("acceptedMembers", members.size());
                }
                return state(workshopId).map(state -> {
                    AssignmentProposal.Input input = state.input(k, members, maxLoad);
                    AssignmentProposal.Result result = AssignmentProposal.propose(input);
                    return new AssignmentViews.ProposalView(k, maxLoad, result.assignments(), result.shortOf(), result.loads());
                });
            });
        });
    }

    /**
     * Assigns the pairs, all or none: 404 for a paper not of this workshop, 409 for a paper not submitted, someone not
     * an accepted member, a pair already assigned or one a standing conflict keeps apart.
     */
    @WithTransaction
    public Uni<List<AssignmentViews.AssignmentView>> assign(String workshopId, List<AssignmentRequests.Pair> pairs, Requester chair) {
        Set<AssignmentRequests.Pair> distinct = new LinkedHashSet<>(pairs);
        if (distinct.size() != pairs.size()) {
            throw ProblemException.invalid("assignments", "must not list a pair twice");
        }
        Set<UUID> paperIds = pairs.stream().map(AssignmentRequests.Pair::submissionId).collect(Collectors.toSet());
        Set<UUID> memberIds = pairs.stream().map(AssignmentRequests.Pair::memberId).collect(Collectors.toSet());
        // The workshop's conflicts hold still until this commits: no conflict appears between the check and the write.
        return Call.of(workshopId).flatMap(call -> ConflictDetection.lock(workshopId)
                .flatMap(locked -> Submission.<Submission>list("id in ?1", paperIds))
                .flatMap(papers -> CommitteeMember.<CommitteeMember>list("id in ?1", memberIds).flatMap(members -> {
                    Map<UUID, Submission> paperById = papers.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
                    Map<UUID, CommitteeMember> memberById = members.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
                    for (UUID id : paperIds) {
                        Submission paper = paperById.get(id);
                        if (paper == null || !paper.workshopId.equals(workshopId)) {
                            throw ProblemException.notFound("No submission " + id + " in this workshop.");
                        }
                        if (!paper.isSubmitted()) {
                            throw ProblemException.conflict("Submission " + id + " is " + paper.status + "; only submitted papers are reviewed.");
                        }
                    }
                    for (UUID id : memberIds) {
                        CommitteeMember member = memberById.get(id);
                        if (member == null || !member.workshopId.equals(workshopId) || !member.isAccepted()) {
                            throw ProblemException.conflict("Member " + id + " is not an accepted member of this committee.");
                        }
                    }
                    return Conflict.<Conflict>list("submissionId in ?1 and memberId in ?2", paperIds, memberIds).map(Conflicts::standing)
                            .flatMap(conflicts -> Assignment.<Assignment>list("submissionId in ?1 and memberId in ?2 and state <> ?3",
                                    paperIds, memberIds, ReviewAssignmentChanged.State.REMOVED).flatMap(active -> {
                                Set<AssignmentProposal.Pair> conflicted = conflicts.stream()
                                        .map(c -> new AssignmentProposal.Pair(c.submissionId, c.memberId)).collect(Collectors.toSet());
                                Set<AssignmentProposal.Pair> assigned = active.stream()
                                        .map(a -> new AssignmentProposal.Pair(a.submissionId, a.memberId)).collect(Collectors.toSet());
                                List<AssignmentRequests.Pair> refused = distinct.stream()
                                        .filter(p -> conflicted.contains(new AssignmentProposal.Pair(p.submissionId(), p.memberId()))).toList();
                                if (!refused.isEmpty()) {
                                    throw ProblemException.conflict(refused.size() + " of these pairs are kept apart by a conflict of"
                                            + " interest; nothing was assigned.").with("conflicted", refused);
                                }
                                List<AssignmentRequests.Pair> twice = distinct.stream()
                                        .filter(p -> assigned.contains(new AssignmentProposal.Pair(p.submissionId(), p.memberId()))).toList();
                                if (!twice.isEmpty()) {
                                    throw ProblemException.conflict(twice.size() + " of these pairs are assigned already; nothing was"
                                            + " assigned.").with("assigned", twice);
                                }
                                return created(workshopId, distinct, chair, memberById);
                            }));
                })));
    }

    /** A chair takes an assignment back: 404 when there is none active, 409 once its review is submitted. */
    @WithTransaction
    public Uni<Void> remove(UUID assignmentId) {
        return Assignment.<Assignment>findById(assignmentId, LockModeType.PESSIMISTIC_WRITE).flatMap(assignment -> {
            if (assignment == null || !assignment.isActive()) {
                return Uni.createFrom().failure(ProblemException.notFound("No assignment " + assignmentId + "."));
            }
            assignment.removed(Timestamps.now(clock));
            return assignments.recorded(assignment);
        });
    }

    /** The workshop's active assignments, by paper, for the chairs. */
    @WithSession
    public Uni<List<AssignmentViews.AssignmentView>> list(String workshopId) {
        return Call.of(workshopId).flatMap(call -> Assignment.<Assignment>list("workshopId = ?1 and state <> ?2",
                        Sort.by("submissionId").and("createdAt").and("id"), workshopId, ReviewAssignmentChanged.State.REMOVED))
                .flatMap(active -> CommitteeMember.<CommitteeMember>list("workshopId", workshopId)
                        .flatMap(members -> blockingPairs(workshopId).map(blocked -> {
                            Map<UUID, CommitteeMember> byId = members.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
                            return active.stream().map(a -> view(a, byId.get(a.memberId),
                                    blocked.contains(new AssignmentProposal.Pair(a.submissionId, a.memberId)))).toList();
                        })));
    }

    private Uni<List<AssignmentViews.AssignmentView>> created(String workshopId, Set<AssignmentRequests.Pair> pairs, Requester chair,
            Map<UUID, CommitteeMember> members) {
        Instant now = Timestamps.now(clock);
        // Reviewer numbers: the workshop's advisory lock (held since assign began) keeps other assigners out meanwhile.
        Map<UUID, Integer> nextNumber = new HashMap<>();
        Uni<Void> numbered = Uni.createFrom().voidItem();
        for (UUID submissionId : pairs.stream().map(AssignmentRequests.Pair::submissionId).distinct().toList()) {
            numbered = numbered.flatMap(done -> Assignments.nextReviewerNumber(submissionId))
                    .invoke(number -> nextNumber.put(submissionId, number)).replaceWithVoid();
        }
        return numbered.flatMap(done -> {
            List<Assignment> made = new ArrayList<>();
            for (AssignmentRequests.Pair pair : pairs) {
                int number = nextNumber.merge(pair.submissionId(), 1, Integer::sum) - 1;
                made.add(Assignment.assigned(workshopId, pair.submissionId(), pair.memberId(), number, chair.signature(), now));
            }
            return assignments.recorded(made).map(recorded -> made.stream().map(a -> view(a, members.get(a.memberId), false)).toList());
        });
    }

    /** Everything a proposal weighs, read in one session. */
    private record State(List<Submission> papers, Set<AssignmentProposal.Pair> blocked, List<Assignment> active,
            Map<AssignmentProposal.Pair, BidLevel> bids) {

        AssignmentProposal.Input input(int k, List<CommitteeMember> members, int maxLoad) {
            Set<UUID> paperIds = papers.stream().map(p -> p.id).collect(Collectors.toSet());
            Set<AssignmentProposal.Pair> assigned = new HashSet<>();
            Map<UUID, Integer> perPaper = new HashMap<>();
            Map<UUID, Integer> perMember = new HashMap<>();
            for (Assignment assignment : active) {
                AssignmentProposal.Pair pair = new AssignmentProposal.Pair(assignment.submissionId, assignment.memberId);
                assigned.add(pair);
                // One a conflict keeps away reviews nothing: it neither covers its paper nor loads its member.
                if (paperIds.contains(assignment.submissionId) && !blocked.contains(pair)) {
                    perPaper.merge(assignment.submissionId, 1, Integer::sum);
                    perMember.merge(assignment.memberId, 1, Integer::sum);
                }
            }
            return new AssignmentProposal.Input(k,
                    papers.stream().map(p -> new AssignmentProposal.Paper(p.id, perPaper.getOrDefault(p.id, 0))).toList(),
                    members.stream().map(m -> new AssignmentProposal.Member(m.id, m.loadLimit(maxLoad),
                            perMember.getOrDefault(m.id, 0))).toList(),
                    blocked, assigned, bids);
        }
    }

    private static Uni<State> state(String workshopId) {
        return Submission.<Submission>list("workshopId = ?1 and status = ?2", Sort.by("id"), workshopId, Submission.SUBMITTED)
                .flatMap(papers -> blockingPairs(workshopId)
                        .flatMap(blocked -> Assignment.<Assignment>list("workshopId = ?1 and state <> ?2", workshopId,
                                        ReviewAssignmentChanged.State.REMOVED)
                                .flatMap(active -> Bid.<Bid>list("from Bid b where b.memberId in (select m.id from CommitteeMember m"
                                                + " where m.workshopId = ?1)", workshopId)
                                        .map(bids -> new State(papers, blocked, active, bids.stream().collect(Collectors.toMap(
                                                b -> new AssignmentProposal.Pair(b.submissionId, b.memberId), b -> b.bid)))))));
    }

    private static Uni<Set<AssignmentProposal.Pair>> blockingPairs(String workshopId) {
        return Conflict.<Conflict>list("workshopId", workshopId)
                .map(conflicts -> Conflicts.standing(conflicts).stream().map(c -> new AssignmentProposal.Pair(c.submissionId, c.memberId))
                        .collect(Collectors.toSet()));
    }

    private static Uni<List<CommitteeMember>> acceptedMembers(String workshopId) {
        return CommitteeMember.list("workshopId = ?1 and status = ?2", Sort.by("id"), workshopId, CommitteeMember.Status.ACCEPTED);
    }

    private static AssignmentViews.AssignmentView view(Assignment assignment, CommitteeMember member, boolean blocked) {
        return new AssignmentViews.AssignmentView(assignment.id, assignment.submissionId, assignment.memberId,
                member == null ? null : member.name, member == null ? null : member.email, assignment.state, blocked,
                assignment.assignedBy, assignment.createdAt, assignment.updatedAt, assignment.version);
    }
}
