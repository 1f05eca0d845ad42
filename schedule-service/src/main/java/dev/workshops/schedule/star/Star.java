package dev.workshops.schedule.star;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "star")
@IdClass(Star.Key.class)
public class Star extends PanacheEntityBase {

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
    @Column(name = "starred_at")
    public Instant starredAt;
}
