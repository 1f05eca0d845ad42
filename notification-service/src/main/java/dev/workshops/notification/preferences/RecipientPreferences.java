package dev.workshops.notification.preferences;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "recipient_preferences")
public class RecipientPreferences extends PanacheEntityBase {

    @Id
    @Column(name = "recipient_id")
    public String recipientId;
    public boolean email;
    @Column(name = "schedule_changes")
    public boolean scheduleChanges;
    public boolean reminders;
    /** Null: times are shown in the workshop's zone. */
    public String timezone;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
