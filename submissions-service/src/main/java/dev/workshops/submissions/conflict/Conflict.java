package dev.workshops.submissions.conflict;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A conflict of interest between a paper and a committee member, from one source. AUTO until a chair confirms or
 * dismisses it; anything but DISMISSED keeps the member away from the paper.
 */
@Entity
@Table(name = "conflict")
public class Conflict extends PanacheEntityBase {

    public enum Status { AUTO, CONFIRMED, DISMISSED }

    /** Where a conflict comes from. */
    public enum Source { EMAIL_DOMAIN, AFFILIATION, CO_AUTHORSHIP, AUTHORSHIP, DECLARED_BY_AUTHORS, DECLARED_BY_MEMBER }

    @Id
    public UUID id;
    public String workshopId;
    public UUID submissionId;
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String evidence;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String decidedBy;
    public Instant decidedAt;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Conflict found(String workshopId, ConflictRules.Found finding, Instant now) {
        Conflict conflict = new Conflict();
        conflict.id = UUID.randomUUID();
        conflict.workshopId = workshopId;
        conflict.submissionId = finding.submissionId();
        conflict.memberId = finding.memberId();
        conflict.source = finding.source();
        conflict.evidence = finding.evidence();
        conflict.status = Status.AUTO;
        conflict.version = 1;
        conflict.createdAt = now;
        conflict.updatedAt = now;
        return conflict;
    }

    /** Found again by a recomputation: the status stays, whatever it is; the evidence is the latest. */
    void evidenceFound(String latest, Instant now) {
        if (!latest.equals(evidence)) {
            evidence = latest;
            version += 1;
            updatedAt = now;
        }
    }

    /** A chair's word on it: confirmed keeps the member away for good, dismissed lets them near. */
    void decided(Status decision, String chair, Instant now) {
        if (decision == Status.AUTO) {
            throw dev.workshops.support.problem.ProblemException.invalid("status", "must be CONFIRMED or DISMISSED");
        }
        status = decision;
        decidedBy = chair;
        decidedAt = now;
        version += 1;
        updatedAt = now;
    }

    public boolean blocks() {
        return status != Status.DISMISSED;
    }
}
