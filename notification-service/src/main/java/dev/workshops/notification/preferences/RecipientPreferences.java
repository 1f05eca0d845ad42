package dev.workshops.notification.preferences;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What someone chose for their emails, under their account id, or under their feed address ({@code email:<address>})
 * when an author known only by email opted out with one click.
 */
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
    public boolean announcements;
    /** Null: times are shown in the workshop's zone. */
    public String timezone;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Everything on, as for someone who never saved anything. */
    static RecipientPreferences defaultsOf(String recipientId) {
        RecipientPreferences preferences = new RecipientPreferences();
        preferences.recipientId = recipientId;
        preferences.email = true;
        preferences.scheduleChanges = true;
        preferences.reminders = true;
        preferences.announcements = true;
        return preferences;
    }
}
