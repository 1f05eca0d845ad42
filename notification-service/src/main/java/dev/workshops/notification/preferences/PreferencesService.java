package dev.workshops.notification.preferences;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class PreferencesService {

    @WithSession
    public Uni<Preferences> of(String recipientId) {
        return RecipientPreferences.<RecipientPreferences>findById(recipientId).map(Preferences::of);
    }

    @WithTransaction
    public Uni<Preferences> save(String recipientId, Preferences preferences) {
        if (preferences.timezone() != null && !isZone(preferences.timezone())) {
            throw new ProblemException(Problem.of(400, "Invalid request", "timezone must be an IANA time zone such as Asia/Kolkata")
                    .withViolations(List.of(new Problem.Violation("timezone", "must be an IANA time zone such as Asia/Kolkata"))));
        }
        return RecipientPreferences.<RecipientPreferences>findById(recipientId).flatMap(held -> {
            RecipientPreferences stored = held != null ? held : new RecipientPreferences();
            stored.recipientId = recipientId;
            stored.email = preferences.email();
            stored.scheduleChanges = preferences.scheduleChanges();
            stored.reminders = preferences.reminders();
            stored.timezone = preferences.timezone();
            stored.updatedAt = Instant.now();
            return stored.<RecipientPreferences>persist().map(Preferences::of);
        });
    }

    private static boolean isZone(String zone) {
        try {
            return zone.contains("/") && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
