package dev.workshops.submissions.conflict;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The checks every command about a paper makes for a member, all by {@link Conflict#blocks()}: a conflict not
 * dismissed keeps them away. Inside the caller's session.
 */
@ApplicationScoped
public class Conflicts {

    public Uni<Boolean> blocks(UUID submissionId, UUID memberId) {
        return Conflict.<Conflict>list("submissionId = ?1 and memberId = ?2", submissionId, memberId)
                .map(conflicts -> conflicts.stream().anyMatch(Conflict::blocks));
    }

    /** The papers a conflict keeps the member away from. */
    public Uni<Set<UUID>> keptFrom(UUID memberId) {
        return Conflict.<Conflict>list("memberId", memberId).map(conflicts -> standing(conflicts).stream()
                .map(c -> c.submissionId).collect(Collectors.toSet()));
    }

    /** The conflicts among these that keep their member away. */
    public static List<Conflict> standing(List<Conflict> conflicts) {
        return conflicts.stream().filter(Conflict::blocks).toList();
    }
}
