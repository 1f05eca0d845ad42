package dev.workshops.submissions.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A workshop's call for papers; one per workshop. */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {

    @Id
    public String workshopId;
    public String description;
    /** JSON list of tracks ({@link CallCodec}). */
    public String tracks;
    /** JSON list of formats ({@link CallCodec}). */
    public String formats;
    public Instant opensAt;
    public LocalDate deadlineDate;
    public LocalTime deadlineTime;
    public String deadlineZone;
    public Instant deadlineAt;
    public int graceMinutes;
    public LocalDate reviewDeadlineDate;
    public LocalTime reviewDeadlineTime;
    public String reviewDeadlineZone;
    public Instant reviewDeadlineAt;
    public LocalDate cameraReadyDeadlineDate;
    public LocalTime cameraReadyDeadlineTime;
    public String cameraReadyDeadlineZone;
    public Instant cameraReadyDeadlineAt;
    public String blind;
    public int reviewsPerPaper;
    public int maxLoad;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
