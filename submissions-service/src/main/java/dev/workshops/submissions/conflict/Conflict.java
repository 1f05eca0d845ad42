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

    public boolean blocks() {
        return status != Status.DISMISSED;
    }
}
