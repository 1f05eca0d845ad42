package dev.workshops.submissions.conflict;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Told, inside the transaction that made them stand (found by a recomputation, or confirmed by a chair), of conflicts
 * that now keep their member away from their paper, so what was granted to the pair (an assignment) follows in the
 * same transaction. Assignment provides the bean.
 */
public interface ConflictsWatcher {

    Uni<Void> nowStanding(List<Conflict> standing);
}
