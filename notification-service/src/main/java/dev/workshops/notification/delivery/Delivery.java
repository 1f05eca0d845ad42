package dev.workshops.notification.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message to one recipient over one channel, recorded before it is sent. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "notification_id")
    public UUID notificationId;
    @Column(name = "workshop_id")
    public String workshopId;
    public String channel;
    public String recipient;
    public String status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    public String kind;
    public String subject;
    @Column(name = "body_text")
    public String bodyText;
    @Column(name = "body_html")
    public String bodyHtml;
    /** When the fact it tells of happened: the start of {@code workshop_notification_latency_seconds}. */
    @Column(name = "fact_at")
    public Instant factAt;
    /** When the sender may try it (again); null once SENT or FAILED, kept while SENDING. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /**
     * When a sender claimed it for an SMTP exchange (status SENDING); null in every other status. A claim older than
     * the lease ({@code workshop.notification.delivery.claim-lease}) is taken again.
     */
    @Column(name = "claimed_at")
    public Instant claimedAt;
    /** A bulk message's one-click opt-out address (its {@code List-Unsubscribe}), or null. */
    @Column(name = "list_unsubscribe")
    public String listUnsubscribe;
    /** iCalendar text sent as an attachment, or null. */
    @Column(name = "attachment_ics")
    public String attachmentIcs;
}
