package dev.workshops.submissions.committee;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.conflict.ConflictDetection;
import dev.workshops.submissions.submission.AuthorRules;
import dev.workshops.submissions.submission.Requester;
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
import java.util.List;

/**
 * A workshop's program committee: chairs invite by email; the person signed in with that verified email accepts
 * or declines, and may change their answer. Each answer recomputes the call's conflicts in its transaction.
 */
@ApplicationScoped
public class CommitteeService {

    private final ConflictDetection conflicts;
    private final JsonColumns json;
    private final Clock clock;

    public CommitteeService(ConflictDetection conflicts, JsonColumns json, Clock clock) {
        this.conflicts = conflicts;
        this.json = json;
        this.clock = clock;
    }

    /** A chair invites someone; 409 when that email is invited already. */
    @WithTransaction
    public Uni<MemberView> invite(String workshopId, CommitteeRequests.Invitation invitation, Requester chair) {
        String email = AuthorRules.normalised(invitation.email());
        // Under the workshop's lock, two chairs inviting one email at once get one invitation and one 409, never a 500.
        return Call.of(workshopId).flatMap(call -> ConflictDetection.lock(workshopId))
                .flatMap(locked -> CommitteeMember.count("workshopId = ?1 and email = ?2", workshopId, email))
                .flatMap(already -> {
                    if (already > 0) {
                        throw ProblemException.conflict(email + " is invited to this committee already.");
                    }
                    CommitteeMember member = CommitteeMember.invited(workshopId, email, invitation.name().strip(),
                            chair.signature(), Timestamps.now(clock));
                    return member.<CommitteeMember>persist().map(this::view);
                });
    }

    /** Every member, invited, accepted or declined, for the chairs. */
    @WithSession
    public Uni<List<MemberView>> all(String workshopId) {
        return Call.of(workshopId).flatMap(call -> CommitteeMember.<CommitteeMember>list("workshopId",
                Sort.by("name").and("email"), workshopId)).map(members -> members.stream().map(this::view).toList());
    }

    /** The public list: accepted members who agreed to be listed, name and affiliation only. */
    @WithSession
    public Uni<List<MemberView.Listed>> listed(String workshopId) {
        return Call.of(workshopId).flatMap(call -> CommitteeMember.<CommitteeMember>list(
                        "workshopId = ?1 and status = ?2 and listPublicly = true", Sort.by("name").and("id"), workshopId,
                        CommitteeMember.Status.ACCEPTED))
                .map(members -> members.stream().map(m -> new MemberView.Listed(m.name, m.affiliation)).toList());
    }

    /**
     * The invited person answers, found by the verified email of their token (403 without one, 404 when it was not
     * invited). {@code maxLoad} may only lower the call's. Declining is refused (409) while they have assignments.
     */
    @WithTransaction
    public Uni<MemberView> answer(String workshopId, CommitteeRequests.Answer answer, Requester requester) {
        if (requester.verifiedEmail() == null) {
            throw ProblemException.forbidden("Answering an invitation needs an account whose email is verified.");
        }
        return Call.of(workshopId).flatMap(call -> {
            if (answer.maxLoad() != null && answer.maxLoad() > call.maxLoad) {
                throw ProblemException.invalid("maxLoad", "may only lower the call's maximum load of " + call.maxLoad);
            }
            // The workshop's lock before the member's row, as assigning takes them: a member declining while being
            // assigned either declines first (and is not assigned) or is refused (holding the assignment).
            return ConflictDetection.lock(workshopId).flatMap(locked -> CommitteeMember.<CommitteeMember>find(
                            "workshopId = ?1 and email = ?2", workshopId, requester.verifiedEmail())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).<CommitteeMember>firstResult())
                    .onItem().ifNull().failWith(() -> ProblemException.notFound(
                            "No invitation to this committee for " + requester.verifiedEmail() + "."))
                    .flatMap(member -> declinable(member, answer.accept()).flatMap(fine -> {
                        member.answered(answer.accept(), requester.id(), answer.affiliationOrNone(), answer.maxLoad(),
                                Boolean.TRUE.equals(answer.listPublicly()), json.write(answer.declaredConflictsOrNone()),
                                Timestamps.now(clock));
                        return member.persist().flatMap(saved -> conflicts.recompute(workshopId)).map(done -> view(member));
                    }));
        });
    }

    private static Uni<Void> declinable(CommitteeMember member, boolean accept) {
        if (accept || !member.isAccepted()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select count(*) from Assignment where memberId = :member and state <> :removed", Long.class)
                .setParameter("member", member.id).setParameter("removed", ReviewAssignmentChanged.State.REMOVED)
                .getSingleResult()).map(assigned -> {
                    if (assigned > 0) {
                        throw ProblemException.conflict("You have " + assigned + " assignment(s): ask the chairs to remove them before you decline.");
                    }
                    return null;
                });
    }

    MemberView view(CommitteeMember member) {
        return new MemberView(member.id, member.workshopId, member.email, member.name, member.status, member.affiliation,
                member.maxLoad, member.listPublicly, json.read(member.declaredConflicts, JsonColumns.STRINGS),
                member.respondedAt, member.createdAt, member.updatedAt, member.version);
    }
}
