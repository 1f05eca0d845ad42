package dev.workshops.notification.review;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A review assignment as `review-assignments` last told: the member and the paper's title, never its authors. */
@Entity
@Table(name = "assignment_projection")
public class KnownAssignment extends PanacheEntityBase {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "member_email")
    public String memberEmail;
    @Column(name = "member_name")
    public String memberName;
    /** The member's feed address ({@code Recipient.addressedTo} their email). */
    @Column(name = "recipient_id")
    public String recipientId;
    @Column(name = "paper_title")
    public String paperTitle;
    @Column(name = "due_at")
    public Instant dueAt;
    public String state;
    @Column(name = "workshop_title")
    public String workshopTitle;
    @Column(name = "workshop_timezone")
    public String workshopTimezone;
    /** When this service applied the latest fact: the member's assignment notice waits until theirs have settled. */
    @Column(name = "changed_at")
    public Instant changedAt;
    /** The fact key of the assignment notice that listed it; {@code null} while it is still to be told. */
    @Column(name = "announced_in")
    public String announcedIn;
    public long version;
}
