package dev.workshops.notification.submission;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.reminder.LeadWindows;
import dev.workshops.notification.reminder.LeadWindows.Window;
import dev.workshops.notification.reminder.Reminders;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reminds every author of the submissions in one state that a deadline of theirs nears, at each lead
 * ({@link LeadWindows}), with the deadline in their zone and in AoE. Which submissions and which deadline is the
 * caller's: {@code which} is a condition on {@code submission_projection s}, {@code deadline} a column of it.
 */
final class AuthorReminders {

    private record Due(UUID submissionId, String workshopId, String workshopTitle, String timezone, String title, String name,
            String email, Instant deadlineAt) {
    }

    private final String kind;
    private final String dueQuery;
    private final LeadWindows windows;
    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final Logger log;

    AuthorReminders(String kind, String which, String deadline, List<Duration> leads, Messages messages, Deliveries deliveries,
            AuthorAddresses addresses, Logger log) {
        this.kind = kind;
        // ?1 now, (?3, ?2] the deadlines this lead's window covers, ?4 the lead as its fact key names it.
        this.dueQuery = """
                SELECT * FROM (
                    SELECT s.submission_id, s.workshop_id, coalesce(s.workshop_title, w.title) AS workshop_title,
                           coalesce(s.workshop_timezone, w.timezone) AS timezone, s.title,
                           a.author->>'name' AS name, a.author->>'email' AS email, a.author->>'recipient' AS recipient_id,
                           s.%2$s AS deadline_at
                    FROM submission_projection s
                    CROSS JOIN LATERAL jsonb_array_elements(s.authors::jsonb) AS a(author)
                    LEFT JOIN workshop_projection w ON w.id = s.workshop_id
                    WHERE %1$s) due
                WHERE due.deadline_at > ?1 AND due.deadline_at > ?3 AND due.deadline_at <= ?2
                  AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = due.recipient_id
                                  AND n.fact_key = 'reminder/%3$s/' || due.submission_id || '/' || ?4)""".formatted(which, deadline, factKind());
        this.windows = new LeadWindows(leads);
        this.messages = messages;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.log = log;
    }

    Uni<Void> sweep(Instant now) {
        return windows.sweep(log, kind + "s", window -> due(window, now), this::remind);
    }

    /** The reminders' fact keys: {@code reminder/<kind without "-reminder">/<submission>/<lead>}. */
    private String factKind() {
        return kind.replace("-reminder", "");
    }

    private Uni<List<Due>> due(Window window, Instant now) {
        return window.due(dueQuery, now).map(rows -> rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], Reminders.instant(row[8]))).toList());
    }

    private Uni<Void> remind(Window window, Due due) {
        return addresses.of(due.name(), due.email(), Messages.zoneOf(due.timezone())).flatMap(author -> {
            Map<String, Object> data = AuthorAddresses.dataFor(author, due.workshopTitle(), due.title(), due.deadlineAt());
            data.put("within", window.within());
            return deliveries.notify(author.recipient(), author.account(), author.email(), due.workshopId(), Deliveries.Concern.REMINDERS,
                    kind, "reminder/" + factKind() + "/" + due.submissionId() + "/" + window.key(), due.deadlineAt().minus(window.lead()),
                    messages.render(kind, data).about(null, kind.startsWith("camera-ready")
                            ? PortalPage.cameraReady(due.workshopId(), due.submissionId()) : PortalPage.submission(due.workshopId(), due.submissionId())));
        });
    }
}
