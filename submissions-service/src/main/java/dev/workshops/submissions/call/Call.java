package dev.workshops.submissions.call;

import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
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

    /** The workshop's call, or 404 when it has none; inside the caller's session. */
    public static Uni<Call> of(String workshopId) {
        return Call.<Call>findById(workshopId).onItem().ifNull().failWith(() -> none(workshopId));
    }

    /** The answer when a workshop has no call. */
    public static ProblemException none(String workshopId) {
        return ProblemException.notFound("Workshop '" + workshopId + "' has no call for papers.");
    }

    /** The rule every author's change is checked against. */
    public DeadlineRule deadlineRule() {
        return new DeadlineRule(opensAt, deadline(), deadlineAt, Duration.ofMinutes(graceMinutes));
    }

    /** The rule a camera-ready is checked against (the same grace), or {@code null} when the call sets no deadline for it. */
    public DeadlineRule cameraReadyRule() {
        return cameraReadyDeadlineDate == null ? null : new DeadlineRule(opensAt, cameraReadyDeadline(), cameraReadyDeadlineAt,
                Duration.ofMinutes(graceMinutes), "Camera-ready versions");
    }

    public Deadline deadline() {
        return new Deadline(deadlineDate, deadlineTime, deadlineZone);
    }

    public Deadline reviewDeadline() {
        return new Deadline(reviewDeadlineDate, reviewDeadlineTime, reviewDeadlineZone);
    }

    /** {@code null} when the call has no camera-ready deadline. */
    public Deadline cameraReadyDeadline() {
        return cameraReadyDeadlineDate == null ? null
                : new Deadline(cameraReadyDeadlineDate, cameraReadyDeadlineTime, cameraReadyDeadlineZone);
    }

    /** Takes the deadlines as entered and what they resolve to: the two never disagree. */
    void setDeadlines(Deadline deadline, Deadline reviewDeadline, Deadline cameraReadyDeadline) {
        deadlineDate = deadline.date();
        deadlineTime = deadline.time();
        deadlineZone = deadline.zone();
        deadlineAt = deadline.instant();
        reviewDeadlineDate = reviewDeadline.date();
        reviewDeadlineTime = reviewDeadline.time();
        reviewDeadlineZone = reviewDeadline.zone();
        reviewDeadlineAt = reviewDeadline.instant();
        cameraReadyDeadlineDate = cameraReadyDeadline == null ? null : cameraReadyDeadline.date();
        cameraReadyDeadlineTime = cameraReadyDeadline == null ? null : cameraReadyDeadline.time();
        cameraReadyDeadlineZone = cameraReadyDeadline == null ? null : cameraReadyDeadline.zone();
        cameraReadyDeadlineAt = cameraReadyDeadline == null ? null : cameraReadyDeadline.instant();
    }
}
