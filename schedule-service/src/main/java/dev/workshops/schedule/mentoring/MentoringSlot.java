package dev.workshops.schedule.mentoring;

import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Time a mentor offers to up to {@code capacity} attendees. Bookings are counted under this row's lock. */
@Entity
@Table(name = "mentoring_slot")
public class MentoringSlot extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String CANCELLED = "CANCELLED";

    /**
     * Who may book: ATTENDEES, people with an active registration for the workshop; AUTHORS, anyone signed in while
     * the workshop's call for papers is open (mentoring for prospective authors, before the paper deadline).
     */
    public enum Audience { ATTENDEES, AUTHORS }

    @Id
    public UUID id;
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "mentor_id")
    public String mentorId;
    @Column(name = "mentor_email")
    public String mentorEmail;
    @Column(name = "mentor_name")
    public String mentorName;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String topic;
    public int capacity;
    public String format;
    /** Shown only to the mentor and the people booked. */
    @Column(name = "meeting_url")
    public String meetingUrl;
    public String location;
    public String status;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** A booking made at {@code now} needs the slot open and not yet started. */
    public void checkTakesBookingsAt(Instant now) {
        if (!isOpen()) {
            throw ProblemException.conflict("This slot has been cancelled.");
        }
        if (!startsAt.isAfter(now)) {
            throw ProblemException.conflict("This slot has already started.");
        }
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }
}
