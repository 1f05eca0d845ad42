package dev.workshops.registration.registration;

import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.registration.ticket.TicketCodes;
import dev.workshops.support.security.Caller;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A registration changes only through these methods, each one rule: what its status, ticket, place in line
 * and stream access become. Callers record the change with {@link #touch} and publish it.
 */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {

    public static final String IN_PERSON = "IN_PERSON";
    public static final String VIRTUAL = "VIRTUAL";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String OFFERED = "OFFERED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;
    public String workshopId;
    public String attendeeId;
    public String email;
    /** Whether the identity provider vouched for {@code email} when the person registered. */
    public boolean emailVerified;
    public String name;
    public String affiliation;
    public String dietaryNeeds;
    public String accessibilityNeeds;
    public String mode;
    public String status;
    /** FIFO order within the workshop's waitlist for {@link #mode}; null unless WAITLISTED. */
    public Long waitlistNumber;
    public Instant offerExpiresAt;
    public boolean streamAccess;
    public String ticketCode;
    public Instant checkedInAt;
    public Instant createdAt;
    public Instant updatedAt;
    /** Monotonic per registration: the version of its published snapshot. */
    public long version;

    /** A new registration as the request describes it, not yet admitted: its place is the admission's. */
    public static Registration requested(UUID id, String workshopId, Caller caller, RegisterRequest request, Instant now) {
        Registration registration = new Registration();
        registration.id = id;
        registration.workshopId = workshopId;
        registration.attendeeId = caller.id();
        registration.email = caller.email();
        registration.emailVerified = caller.emailVerified();
        registration.name = caller.name();
        registration.affiliation = request.affiliation();
        registration.dietaryNeeds = request.dietaryNeeds();
        registration.accessibilityNeeds = request.accessibilityNeeds();
        registration.mode = request.mode().name();
        registration.createdAt = now;
        registration.updatedAt = now;
        registration.version = 1;
        return registration;
    }

    /** CONFIRMED in its mode; an in-person seat comes with a signed ticket. Confirmed people watch, whatever the mode. */
    public void confirm(TicketCodes tickets) {
        status = CONFIRMED;
        waitlistNumber = null;
        offerExpiresAt = null;
        ticketCode = IN_PERSON.equals(mode) ? tickets.issue(id) : null;
        streamAccess = true;
    }

    /** In line for its mode with {@code number} (null until the admission hands one out). */
    public void waitlist(Long number, RegistrationPolicy policy) {
        status = WAITLISTED;
        waitlistNumber = number;
        offerExpiresAt = null;
        ticketCode = null;
        streamAccess = watchesWhileWaiting(policy);
    }

    /** Takes the place its mode's counter gave: a seat when {@code waitlistNumber} is null, else that place in line. */
    public void admit(Long waitlistNumber, TicketCodes tickets, RegistrationPolicy policy) {
        if (waitlistNumber == null) {
            confirm(tickets);
        } else {
            waitlist(waitlistNumber, policy);
        }
    }

    /**
     * The head of the waitlist gets a freed seat: confirmed at once when the policy has no offer TTL, else an
     * offer until {@code now} plus the TTL. Offers are for in-person seats only: a declined or expired one falls
     * back to VIRTUAL, so a virtual place is always confirmed.
     */
    public void promote(RegistrationPolicy policy, TicketCodes tickets, Instant now) {
        if (policy.offerTtlSeconds == null || VIRTUAL.equals(mode)) {
            confirm(tickets);
        } else {
            status = OFFERED;
            waitlistNumber = null;
            offerExpiresAt = now.plus(Duration.ofSeconds(policy.offerTtlSeconds));
            streamAccess = watchesWhileWaiting(policy);
        }
    }

    /** Moves to {@code newMode}, giving up what it held in the old one; the caller then {@link #admit}s it there. */
    public void switchTo(String newMode) {
        mode = newMode;
        offerExpiresAt = null;
    }

    public void cancel() {
        status = CANCELLED;
        waitlistNumber = null;
        offerExpiresAt = null;
        streamAccess = false;
        ticketCode = null;
    }

    public void checkIn(Instant at) {
        checkedInAt = at;
    }

    /** Records that it changed: a new snapshot version. */
    public void touch(Instant at) {
        updatedAt = at;
        version += 1;
    }

    /** Whether it holds a seat of its mode (and so must give it back when it ends). */
    public boolean holdsSeat() {
        return CONFIRMED.equals(status) || OFFERED.equals(status);
    }

    public boolean hasOpenOffer() {
        return OFFERED.equals(status);
    }

    /** The only ticket that checks in: a confirmed in-person seat. */
    public boolean hasInPersonSeat() {
        return CONFIRMED.equals(status) && IN_PERSON.equals(mode);
    }

    /** Hybrid fallback: someone waiting for an in-person seat watches meanwhile, unless the policy turns that off. */
    private boolean watchesWhileWaiting(RegistrationPolicy policy) {
        return IN_PERSON.equals(mode) && policy.waitlistStreamAccess;
    }
}
