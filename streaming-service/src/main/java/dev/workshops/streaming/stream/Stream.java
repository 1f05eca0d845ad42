package dev.workshops.streaming.stream;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The stream of one session. Its URLs are secrets: only organizers and the watch redirect see them. */
@Entity
@Table(name = "stream")
public class Stream extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "workshop_id")
    public String workshopId;
    public String provider;
    @Column(name = "playback_url")
    public String playbackUrl;
    @Column(name = "backup_url")
    public String backupUrl;
    @Column(name = "recording_url")
    public String recordingUrl;
    public String status;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
