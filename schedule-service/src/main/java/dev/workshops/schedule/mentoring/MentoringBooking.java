package dev.workshops.schedule.mentoring;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mentoring_booking")
public class MentoringBooking extends PanacheEntityBase {

    public static final String BOOKED = "BOOKED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;
    @Column(name = "slot_id")
    public UUID slotId;
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "attendee_id")
    public String attendeeId;
    @Column(name = "attendee_email")
    public String attendeeEmail;
    @Column(name = "attendee_name")
    public String attendeeName;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Monotonic per booking: the version of its `mentoring-bookings` snapshot. */
    public long version;

    public boolean isBooked() {
        return BOOKED.equals(status);
    }

    public void cancel(Instant at) {
        status = CANCELLED;
        updatedAt = at;
        version += 1;
    }
}
