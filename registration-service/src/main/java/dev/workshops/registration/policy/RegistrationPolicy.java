package dev.workshops.registration.policy;

import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "registration_policy")
public class RegistrationPolicy extends PanacheEntityBase {

    @Id
    public String workshopId;
    public int inPersonCapacity;
    /** Null means unlimited. */
    public Integer virtualCapacity;
    public Instant opensAt;
    public Instant closesAt;
    /** Null means a freed seat goes straight to the head of the waitlist, without an offer. */
    public Long offerTtlSeconds;
    public boolean waitlistStreamAccess;
    public Instant updatedAt;

    /** Refuses (409) a registration or a change of one outside the policy's window. */
    public void requireOpenAt(Instant now) {
        if (now.isBefore(opensAt)) {
            throw ProblemException.conflict("Registration opens at " + opensAt + ".").with("opensAt", opensAt);
        }
        if (!now.isBefore(closesAt)) {
            throw ProblemException.conflict("Registration closed at " + closesAt + ".").with("closesAt", closesAt);
        }
    }
}
