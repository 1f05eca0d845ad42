package dev.workshops.submissions.cameraready;

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

/** The final version of an accepted paper as its authors last sent it; its PDF is a {@code CAMERA_READY} PdfVersion. */
@Entity
@Table(name = "camera_ready")
public class CameraReady extends PanacheEntityBase {

    @Id
    public UUID submissionId;
    public String title;
    @Column(name = "abstract")
    public String abstractText;
    /** JSON list of {@link SubmissionChanged.Author}, in the paper's order. */
    public String authors;
    public String presenterEmail;
    @Enumerated(EnumType.STRING)
    public SubmissionChanged.Attendance attendance;
    public String license;
    public boolean archival;
    public String sentBy;
    /** When it was first sent. */
    public Instant sentAt;
    public Instant updatedAt;
}
