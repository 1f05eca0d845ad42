package dev.workshops.notification.mentoring;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mentoring booking with its slot, as `mentoring-bookings` last told. */
@Entity
@Table(name = "mentoring_projection")
public class BookedMentoring extends PanacheEntityBase {

    @Id
    @Column(name = "booking_id")
    public UUID bookingId;
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "attendee_id")
    public String attendeeId;
    @Column(name = "attendee_email")
    public String attendeeEmail;
    @Column(name = "attendee_name")
    public String attendeeName;
    @Column(name = "mentor_id")
    public String mentorId;
    @Column(name = "mentor_email")
    public String mentorEmail;
    @Column(name = "mentor_name")
    public String mentorName;
    public String topic;
    @Column(name = "starts_at")
    public Instant startsAt;
    public String format;
    public String location;
    public String status;
    public long version;
}
