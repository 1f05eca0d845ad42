package dev.workshops.registration.registration;

import dev.workshops.registration.ticket.TicketCodes;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

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
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "attendee_id")
    public String attendeeId;
    public String email;
    public String name;
    public String affiliation;
    @Column(name = "dietary_needs")
    public String dietaryNeeds;
    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;
    public String mode;
    public String status;
    /** FIFO order within the workshop's waitlist for {@link #mode}; null unless WAITLISTED. */
    @Column(name = "waitlist_number")
    public Long waitlistNumber;
    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;
    @Column(name = "stream_access")
    public boolean streamAccess;
    @Column(name = "ticket_code")
    public String ticketCode;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Monotonic per registration: the version of its published snapshot. */
    public long version;

    /** CONFIRMED in its mode; an in-person seat comes with a signed ticket. */
    public void confirm(TicketCodes tickets) {
        status = CONFIRMED;
        waitlistNumber = null;
        offerExpiresAt = null;
        ticketCode = IN_PERSON.equals(mode) ? tickets.issue(id) : null;
    }

    /** Records that it changed: a new snapshot version. */
    public void touch() {
        updatedAt = Timestamps.now();
        version += 1;
    }

    /** Whether it holds a seat of its mode (and so must give it back when it ends). */
    public boolean holdsSeat() {
        return CONFIRMED.equals(status) || OFFERED.equals(status);
    }
}
