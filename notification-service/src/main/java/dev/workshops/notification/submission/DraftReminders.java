package dev.workshops.notification.submission;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminds every author of a DRAFT that its deadline nears: 7 days, 24 hours and 1 hour before (the
 * {@code submission-leads}, as {@code LeadWindows}). The deadline is the one the submission's latest fact carries
 * (its extension or the call's; submissions-service publishes every submission again when the call's deadline
 * moves). A submitted or withdrawn one is reminded of nothing. Fact key {@code reminder/submission/<id>/<lead>}.
 */
@ApplicationScoped
public class DraftReminders {

    private final AuthorReminders reminders;
    private final Clock clock;

    public DraftReminders(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock,
            @ConfigProperty(name = "workshop.notification.reminders.submission-leads") List<Duration> leads) {
        this.reminders = new AuthorReminders("submission-reminder", "s.status = 'DRAFT'", "deadline_at", leads, messages, deliveries,
                addresses, Logger.getLogger(DraftReminders.class));
        this.clock = clock;
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return reminders.sweep(clock.instant());
    }
}
