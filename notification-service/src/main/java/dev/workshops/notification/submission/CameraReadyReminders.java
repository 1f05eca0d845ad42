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
 * Reminds every author of an accepted paper without a camera-ready that its deadline nears: 7 days and 1 day
 * before (the {@code camera-ready-leads}), the deadline being the one the submission's latest fact carries
 * ({@code cameraReadyDeadlineAt}; submissions-service publishes accepted papers again when it moves). A paper with a
 * camera-ready, or withdrawn, is reminded of nothing. Fact key {@code reminder/camera-ready/<id>/<lead>}.
 */
@ApplicationScoped
public class CameraReadyReminders {

    private final AuthorReminders reminders;
    private final Clock clock;

    public CameraReadyReminders(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock,
            @ConfigProperty(name = "workshop.notification.reminders.camera-ready-leads") List<Duration> leads) {
        this.reminders = new AuthorReminders("camera-ready-reminder", "s.accepted AND s.camera_ready_at IS NULL AND s.status <> 'WITHDRAWN'",
                "camera_ready_deadline_at", leads, messages, deliveries, addresses, Logger.getLogger(CameraReadyReminders.class));
        this.clock = clock;
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return reminders.sweep(clock.instant());
    }
}
