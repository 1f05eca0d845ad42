package dev.workshops.schedule.release;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A session as the latest release of its workshop has it: what stars, feeds and diffs look up. */
@Entity
@Table(name = "released_session")
public class ReleasedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "workshop_id")
    public String workshopId;
    public String status;
    /** iCalendar SEQUENCE: 0 when first released, +1 for every release that changed it. */
    public int sequence;
    /** JSON of the SessionSnapshot. */
    public String snapshot;
}
