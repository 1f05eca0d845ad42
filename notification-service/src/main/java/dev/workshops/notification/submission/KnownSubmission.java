package dev.workshops.notification.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A submission as `submissions` last told: what the reminders of its draft and of its camera-ready need. */
@Entity
@Table(name = "submission_projection")
public class KnownSubmission extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "workshop_id")
    public String workshopId;
    public String title;
    public String status;
    /** JSON: {@code [{name, email, recipient}]}, see {@link AuthorAddresses}. */
    public String authors;
    /** As the fact said; the call's newer deadline wins unless the submission has its own extension. */
    @Column(name = "deadline_at")
    public Instant deadlineAt;
    @Column(name = "extended_until")
    public Instant extendedUntil;
    @Column(name = "workshop_title")
    public String workshopTitle;
    @Column(name = "workshop_timezone")
    public String workshopTimezone;
    public long version;
    /** Its released outcome accepts it ({@code Outcome.accepted}): its camera-ready is asked for. */
    public boolean accepted;
    @Column(name = "camera_ready_deadline_at")
    public Instant cameraReadyDeadlineAt;
    /** When this service first learnt of its camera-ready; {@code null} while it has none. */
    @Column(name = "camera_ready_at")
    public Instant cameraReadyAt;
    @Column(name = "presenter_name")
    public String presenterName;
    @Column(name = "presenter_email")
    public String presenterEmail;
    /** The presenter's feed address ({@code Recipient.addressedTo} their email). */
    @Column(name = "presenter_recipient")
    public String presenterRecipient;
    /** IN_PERSON or VIRTUAL, as the camera-ready's presenter declared. */
    public String attendance;
}
