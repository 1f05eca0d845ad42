package dev.workshops.submissions.committee;

import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of a workshop's program committee: invited by a chair by email, then accepting (or declining) signed in
 * with that verified email. It changes only through its own methods.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends PanacheEntityBase {

    public enum Status { INVITED, ACCEPTED, DECLINED }

    @Id
    public UUID id;
    public String workshopId;
    /** Lower case. */
    public String email;
    public String name;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** The token subject of whoever accepted; {@code null} until then. */
    public String accountId;
    public String affiliation;
    /** Lower than the call's when the member asked for less; {@code null} is the call's. */
    public Integer maxLoad;
    public boolean listPublicly;
    /** JSON list of emails or domains. */
    public String declaredConflicts;
    public String invitedBy;
    public Instant respondedAt;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static CommitteeMember invited(String workshopId, String email, String name, String invitedBy, Instant now) {
        CommitteeMember member = new CommitteeMember();
        member.id = UUID.randomUUID();
        member.workshopId = workshopId;
        member.email = email;
        member.name = name;
        member.status = Status.INVITED;
        member.declaredConflicts = "[]";
        member.invitedBy = invitedBy;
        member.version = 0;
        member.createdAt = now;
        member.updatedAt = now;
        return member;
    }

    /** The invited person answered; accepting binds the membership to their account. */
    void answered(boolean accept, String accountId, String affiliation, Integer maxLoad, boolean listPublicly,
            String declaredConflicts, Instant now) {
        if (this.accountId != null && !this.accountId.equals(accountId)) {
            throw ProblemException.conflict("This invitation was answered from another account.");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        this.accountId = accountId;
        this.affiliation = affiliation;
        this.maxLoad = maxLoad;
        this.listPublicly = listPublicly;
        this.declaredConflicts = declaredConflicts;
        respondedAt = now;
        version += 1;
        updatedAt = now;
    }

    public boolean isAccepted() {
        return status == Status.ACCEPTED;
    }

    /** How many papers this member reviews at most: their own lower figure, else the call's. */
    public int loadLimit(int callMaxLoad) {
        return maxLoad == null ? callMaxLoad : Math.min(maxLoad, callMaxLoad);
    }
}
