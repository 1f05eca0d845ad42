package dev.workshops.submissions.assignment;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.conflict.Conflict;
import dev.workshops.submissions.conflict.ConflictsWatcher;
import dev.workshops.support.time.Timestamps;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A conflict standing on an assigned pair takes the assignment back (REMOVED, with its fact) unless its review is
 * submitted: that one stays, shown to the chairs as blocked.
 */
@ApplicationScoped
public class ConflictedAssignments implements ConflictsWatcher {

    private final Assignments assignments;
    private final Clock clock;

    public ConflictedAssignments(Assignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public Uni<Void> nowStanding(List<Conflict> standing) {
        if (standing.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<AssignmentProposal.Pair> pairs = standing.stream().map(c -> new AssignmentProposal.Pair(c.submissionId, c.memberId))
                .collect(Collectors.toSet());
        Set<UUID> paperIds = standing.stream().map(c -> c.submissionId).collect(Collectors.toSet());
        Set<UUID> memberIds = standing.stream().map(c -> c.memberId).collect(Collectors.toSet());
        // Locked as a review's submission locks it: an assignment whose review is being submitted is not taken back.
        return Assignment.<Assignment>find("submissionId in ?1 and memberId in ?2 and state = ?3 order by id", paperIds, memberIds,
                        ReviewAssignmentChanged.State.ASSIGNED).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(candidates -> {
                    Instant now = Timestamps.now(clock);
                    List<Assignment> taken = candidates.stream()
                            .filter(a -> pairs.contains(new AssignmentProposal.Pair(a.submissionId, a.memberId))).toList();
                    taken.forEach(assignment -> assignment.removed(now));
                    return assignments.recorded(taken);
                });
    }
}
