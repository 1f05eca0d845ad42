package dev.workshops.notification.preferences;

import dev.workshops.notification.delivery.Deliveries.Concern;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.TimeZones;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

@ApplicationScoped
public class PreferencesService {

    private final Clock clock;

    public PreferencesService(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<Preferences> of(String recipientId) {
        return RecipientPreferences.<RecipientPreferences>findById(recipientId).map(Preferences::of);
    }

    @WithTransaction
    public Uni<Preferences> save(String recipientId, Preferences preferences) {
        if (preferences.timezone() != null && !TimeZones.isRegion(preferences.timezone())) {
            throw ProblemException.invalid("timezone", TimeZones.EXPECTATION);
        }
        return RecipientPreferences.<RecipientPreferences>findById(recipientId).flatMap(held -> {
            RecipientPreferences stored = held != null ? held : RecipientPreferences.defaultsOf(recipientId);
            stored.email = preferences.email();
            stored.scheduleChanges = preferences.scheduleChanges();
            stored.reminders = preferences.reminders();
            if (preferences.announcements() != null) {
                stored.announcements = preferences.announcements();
            }
            stored.timezone = preferences.timezone();
            stored.updatedAt = clock.instant();
            return stored.<RecipientPreferences>persist().map(Preferences::of);
        });
    }

    /**
     * Turns off the emails of one kind of bulk message (a one-click opt-out); everything else stays as it was. Doing
     * it again changes nothing.
     */
    @WithTransaction
    public Uni<Preferences> optOut(String recipientId, Concern concern) {
        return RecipientPreferences.<RecipientPreferences>findById(recipientId).flatMap(held -> {
            RecipientPreferences stored = held != null ? held : RecipientPreferences.defaultsOf(recipientId);
            switch (concern) {
                case SCHEDULE_CHANGES -> stored.scheduleChanges = false;
                case REMINDERS -> stored.reminders = false;
                case ANNOUNCEMENTS -> stored.announcements = false;
                case REGISTRATION -> throw new IllegalArgumentException("a registration's emails are no bulk message");
            }
            stored.updatedAt = clock.instant();
            return stored.<RecipientPreferences>persist().map(Preferences::of);
        });
    }
}
