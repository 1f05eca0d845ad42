package dev.workshops.submissions.assignment;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.call.ReviewDeadlineWatcher;
import dev.workshops.support.time.Timestamps;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;

/** When the call's review deadline moves, every active assignment is published again, due at the new one. */
@ApplicationScoped
public class DueDates implements ReviewDeadlineWatcher {

    private final Assignments assignments;
    private final Clock clock;

    public DueDates(Assignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public Uni<Void> reviewDeadlineMoved(Call call) {
        return Assignment.<Assignment>find("workshopId = ?1 and state <> ?2", Sort.by("id"), call.workshopId,
                        ReviewAssignmentChanged.State.REMOVED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).<Assignment>list()
                .flatMap(active -> {
                    Instant now = Timestamps.now(clock);
                    active.forEach(assignment -> assignment.dueMoved(now));
                    return assignments.recorded(active);
                });
    }
}
