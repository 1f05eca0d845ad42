package dev.workshops.submissions.pdf;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One uploaded PDF of a submission, as checked on arrival; every version is kept and the highest counts. */
@Entity
@Table(name = "submission_pdf")
public class PdfVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID submissionId;
    /** Whose PDF it is: the submission's (reviewed) or the camera-ready's (final). */
    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.SUBMISSION;
    public int version;
    public long bytes;
    public String sha256;
    public int pages;
    public int pagesBeforeReferences;
    /** JSON list of sentences for the chairs. */
    public String formatWarnings;
    public boolean lateWithinGrace;
    public long reviewerCopyBytes;
    public String uploadedBy;
    public Instant uploadedAt;

    public enum Kind { SUBMISSION, CAMERA_READY }
}
