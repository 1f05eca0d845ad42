package dev.workshops.schedule.paper;

import dev.workshops.events.SubmissionChanged;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A submission as submissions-service last told ({@link PaperFacts}): the part the program needs. Its title,
 * abstract, authors and presenter are the camera-ready's once sent, else the submission's.
 */
@Entity
@Table(name = "paper")
public class Paper extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID id;
    @Column(name = "workshop_id")
    public String workshopId;
    @Enumerated(EnumType.STRING)
    public SubmissionChanged.Status status;
    /** The released decision; none before release (a pending decision never travels). */
    @Enumerated(EnumType.STRING)
    public SubmissionChanged.Outcome outcome;
    public String format;
    public String title;
    @Column(name = "abstract")
    public String abstractText;
    /** JSON list of {@link SubmissionChanged.Author}, in the paper's order. */
    public String authors;
    @Column(name = "presenter_email")
    public String presenterEmail;
    /** As declared with the camera-ready; none before it. */
    @Enumerated(EnumType.STRING)
    public SubmissionChanged.Attendance attendance;
    public boolean archival;
    @Column(name = "pdf_url")
    public String pdfUrl;
    @Column(name = "camera_ready_at")
    public Instant cameraReadyAt;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Accepted by a released decision and not withdrawn: it may be (and stay) in the program. */
    public boolean isInProgram() {
        return status != SubmissionChanged.Status.WITHDRAWN && outcome != null && outcome.accepted();
    }

    public boolean isWithdrawn() {
        return status == SubmissionChanged.Status.WITHDRAWN;
    }
}
