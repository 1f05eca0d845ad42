package dev.workshops.streaming.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A session as the latest schedule release of its workshop describes it. */
@Entity
@Table(name = "session_projection")
public class ReleasedSession extends PanacheEntityBase {

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
    public boolean streamed;
    public String status;
    @Column(name = "release_version")
    public long releaseVersion;
}
