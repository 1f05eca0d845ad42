package dev.workshops.support.events;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A fact waiting in the outbox (or already sent); written only through {@link Outbox}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public UUID eventId;
    public String topic;
    @Column(name = "message_key")
    public String messageKey;
    public short lane;
    @Column(name = "event_type")
    public String eventType;
    public String subject;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String payload;
    @Column(name = "sent_at")
    public Instant sentAt;
}
