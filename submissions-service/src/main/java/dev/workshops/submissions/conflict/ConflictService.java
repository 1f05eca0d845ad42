package dev.workshops.submissions.conflict;

import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The chairs' view of a call's conflicts, and their word on each. */
@ApplicationScoped
public class ConflictService {

    private final ConflictsWatcher watcher;
    private final Clock clock;

    public ConflictService(ConflictsWatcher watcher, Clock clock) {
        this.watcher = watcher;
        this.clock = clock;
    }

    /** Every conflict of the workshop's call, by paper, member and source; {@code status} null is all. */
    @WithSession
    public Uni<List<ConflictView>> list(String workshopId, Conflict.Status status) {
        return Call.of(workshopId)
                .flatMap(call -> status == null
                        ? Conflict.<Conflict>list("workshopId", Sort.by("submissionId").and("memberId").and("source"), workshopId)
                        : Conflict.<Conflict>list("workshopId = ?1 and status = ?2", Sort.by("submissionId").and("memberId").and("source"),
                                workshopId, status))
                .map(conflicts -> conflicts.stream().map(ConflictView::of).toList());
    }

    /** A chair confirms or dismisses a conflict; it stays so through every recomputation. */
    @WithTransaction
    public Uni<ConflictView> decide(UUID conflictId, Conflict.Status decision, Requester chair) {
        // The workshop's lock first, the row after: a recomputation that held the lock may have changed or removed it.
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select workshopId from Conflict where id = :id", String.class)
                        .setParameter("id", conflictId).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> notFound(conflictId))
                .flatMap(workshopId -> ConflictDetection.lock(workshopId).flatMap(locked -> Conflict.<Conflict>findById(conflictId)))
                .onItem().ifNull().failWith(() -> notFound(conflictId))
                .flatMap(conflict -> {
                    conflict.decided(decision, chair.signature(), Timestamps.now(clock));
                    Uni<Conflict> saved = conflict.persist();
                    return (conflict.blocks() ? saved.flatMap(done -> watcher.nowStanding(List.of(conflict))) : saved.replaceWithVoid())
                            .map(done -> ConflictView.of(conflict));
                });
    }

    private static ProblemException notFound(UUID conflictId) {
        return ProblemException.notFound("No conflict " + conflictId + ".");
    }
}
