package dev.workshops.notification.schedule;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Someone starred a session (from `stars`). */
@Entity
@Table(name = "star_projection")
@IdClass(StarredSession.Key.class)
public class StarredSession extends PanacheEntityBase {

    public record Key(String attendeeId, UUID sessionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "attendee_id")
    public String attendeeId;
    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "workshop_id")
    public String workshopId;
}
