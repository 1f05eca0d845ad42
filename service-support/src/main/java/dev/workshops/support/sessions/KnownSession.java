package dev.workshops.support.sessions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A session as the latest release of its workshop has it, heard on the `schedule-releases` topic (table
 * {@code session_projection}, made by each service's own migrations).
 */
@Entity
@Table(name = "session_projection")
public class KnownSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "workshop_id")
    public String workshopId;
    public String title;
    public String kind;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String room;
    public boolean streamed;
    public String status;
    @Column(name = "release_version")
    public long releaseVersion;
    /** iCalendar SEQUENCE, counted like schedule-service does: one more for each release that changed it. */
    public int sequence;
}
