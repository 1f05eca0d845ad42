package dev.workshops.notification.preferences;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body and answer of /api/notifications/me/preferences. Without stored preferences everything is on.
 * {@code announcements} (added later) absent from a PUT keeps what is stored: a client that does not know it yet
 * does not undo a one-click opt-out.
 */
public record Preferences(@NotNull Boolean email, @NotNull Boolean scheduleChanges, @NotNull Boolean reminders,
        @Size(max = 64) String timezone, Boolean announcements) {

    public static final Preferences DEFAULTS = new Preferences(true, true, true, null, true);

    static Preferences of(RecipientPreferences stored) {
        return stored == null ? DEFAULTS
                : new Preferences(stored.email, stored.scheduleChanges, stored.reminders, stored.timezone, stored.announcements);
    }
}
