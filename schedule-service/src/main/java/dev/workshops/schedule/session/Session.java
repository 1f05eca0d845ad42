package dev.workshops.schedule.session;

import dev.workshops.events.SessionSnapshot;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A session of the organizer's draft. Attendees see it only once a release has taken it in. */
@Entity
@Table(name = "session")
public class Session extends PanacheEntityBase {

    public static final String SCHEDULED = SessionSnapshot.Status.SCHEDULED.name();
    public static final String CANCELLED = SessionSnapshot.Status.CANCELLED.name();

    @Id
    public UUID id;
    @Column(name = "workshop_id")
    public String workshopId;
    public String title;
    public String kind;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String room;
    /** JSON list of speakers ({@link SessionCodec}). */
    public String speakers;
    @Column(name = "abstract")
    public String abstractText;
    public boolean streamed;
    /** JSON list of the papers it presents ({@link SessionCodec}); none for a session without papers. */
    public String papers;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isScheduled() {
        return SCHEDULED.equals(status);
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }
}
