package dev.workshops.notification.submission;

import dev.workshops.events.EventTypes;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.SubmissionChanged.Reason;
import dev.workshops.events.SubmissionChanged.Status;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.support.events.EventConsumer;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the submissions the draft and camera-ready reminders need (an accepted paper's camera-ready title and
 * authors once it has one), and tells every author when one is received (its first PDF arrived: SUBMITTED) and when
 * a submitted one changes (UPDATED). Each author once per fact: the fact key names the submission's version and the
 * notice is addressed to the author's email. Decisions and camera-ready: {@link PaperNotices}.
 */
@ApplicationScoped
public class SubmissionNotices {

    private final EventConsumer events;
    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final PaperNotices papers;
    private final Clock clock;

    public SubmissionNotices(EventConsumer events, Messages messages, Deliveries deliveries, AuthorAddresses addresses, PaperNotices papers,
            Clock clock) {
        this.events = events;
        this.papers = papers;
        this.messages = messages;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Incoming("submissions")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.SUBMISSION_CHANGED, SubmissionChanged.class, this::apply);
    }

    Uni<Void> apply(SubmissionChanged submission) {
        return KnownSubmission.<KnownSubmission>findById(submission.submissionId()).flatMap(held -> {
            if (held != null && held.version >= submission.version()) {
                return Uni.createFrom().voidItem();
            }
            KnownSubmission kept = held != null ? held : new KnownSubmission();
            kept.submissionId = submission.submissionId();
            kept.workshopId = submission.workshopId();
            SubmissionChanged.CameraReady cameraReady = submission.cameraReady();
            kept.title = cameraReady != null ? cameraReady.title() : submission.title();
            kept.status = submission.status().name();
            kept.authors = addresses.stored(cameraReady != null ? cameraReady.authors() : submission.authors());
            kept.deadlineAt = submission.deadlineAt();
            kept.extendedUntil = submission.extendedUntil();
            kept.workshopTitle = submission.workshop() == null ? null : submission.workshop().title();
            kept.workshopTimezone = submission.workshop() == null ? null : submission.workshop().timezone();
            kept.version = submission.version();
            kept.accepted = submission.decision() != null && submission.decision().outcome().accepted();
            kept.cameraReadyDeadlineAt = submission.cameraReadyDeadlineAt();
            papers.keep(kept, cameraReady);
            return kept.persist().flatMap(saved -> tell(submission)).flatMap(told -> papers.tell(submission));
        });
    }

    private Uni<Void> tell(SubmissionChanged submission) {
        String kind = kindOf(submission);
        if (kind == null) {
            return Uni.createFrom().voidItem();
        }
        String authorNames = submission.authors().stream().map(SubmissionChanged.Author::name).collect(Collectors.joining(", "));
        return KnownWorkshop.summaryOf(submission.workshopId(), submission.workshop()).flatMap(workshop -> addresses.each(
                submission.authors(), Messages.zoneOf(workshop), addressee -> {
                    Map<String, Object> data = AuthorAddresses.dataFor(addressee, workshop == null ? null : workshop.title(),
                            submission.title(), submission.deadlineAt());
                    data.put("authors", authorNames);
                    return deliveries.notify(addressee.recipient(), addressee.account(), addressee.email(), submission.workshopId(),
                            Deliveries.Concern.REGISTRATION, kind, "submission/" + submission.submissionId() + "/v" + submission.version(),
                            clock.instant(),
                            messages.render(kind, data).about(workshop, PortalPage.submission(submission.workshopId(), submission.submissionId())));
                }));
    }

    /** Received when its first PDF arrived; changed when a submitted one changes; anything else tells nobody. */
    private static String kindOf(SubmissionChanged submission) {
        if (submission.reason() == Reason.SUBMITTED) {
            return "submission-received";
        }
        if (submission.reason() == Reason.UPDATED && submission.status() == Status.SUBMITTED) {
            return "submission-changed";
        }
        return null;
    }
}
