package dev.workshops.submissions.conflict;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The one check every command about a paper makes for a member: a conflict not dismissed keeps them away. */
@ApplicationScoped
public class Conflicts {

    /** Inside the caller's session. */
    public Uni<Boolean> blocks(UUID submissionId, UUID memberId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select count(*) from Conflict where submissionId = :submission and memberId = :member and status <> :dismissed",
                        Long.class)
                .setParameter("submission", submissionId).setParameter("member", memberId)
                .setParameter("dismissed", Conflict.Status.DISMISSED).getSingleResult())
                .map(count -> count > 0);
    }
}
