package dev.workshops.submissions.conflict;

import java.time.Instant;
import java.util.UUID;

/** A conflict as the chairs read it. */
public record ConflictView(UUID id, UUID submissionId, UUID memberId, Conflict.Source source, String evidence,
        Conflict.Status status, String decidedBy, Instant decidedAt, Instant createdAt, Instant updatedAt, long version) {

    static ConflictView of(Conflict conflict) {
        return new ConflictView(conflict.id, conflict.submissionId, conflict.memberId, conflict.source, conflict.evidence,
                conflict.status, conflict.decidedBy, conflict.decidedAt, conflict.createdAt, conflict.updatedAt, conflict.version);
    }
}
