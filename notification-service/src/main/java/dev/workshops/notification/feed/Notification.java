package dev.workshops.notification.feed;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One item of a person's in-app feed; at most one per fact and recipient ({@code fact_key}). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recipient_id")
    public String recipientId;
    @Column(name = "workshop_id")
    public String workshopId;
    public String kind;
    @Column(name = "fact_key")
    public String factKey;
    public String subject;
    /** Plain text. */
    public String body;
    @Column(name = "fact_at")
    public Instant factAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
