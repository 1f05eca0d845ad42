package dev.workshops.notification.submission;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.SubmissionChanged.Outcome;
import dev.workshops.events.SubmissionChanged.Reason;
import dev.workshops.events.SubmissionChanged.Status;
import dev.workshops.events.WorkshopSummary;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an accepted or rejected paper's authors are told. The decision, on the first fact that carries it released,
 * to every author once (its fact key names the submission, not the version: a fact published again when a deadline
 * moves or a camera-ready arrives, or delivered twice, tells nobody again), with the comments to authors and, for an
 * accepted paper, the request for its camera-ready. Then each camera-ready sent or corrected is confirmed to its
 * authors. The facts carry no reviewer, so neither do these notices.
 */
@ApplicationScoped
public class PaperNotices {

    static final String DECISION = "decision-released";
    static final String CAMERA_READY_RECEIVED = "camera-ready-received";

    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final Clock clock;

    public PaperNotices(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Keeps the camera-ready's presenter; a new presenter or attendance starts the wait for their registration again. */
    void keep(KnownSubmission kept, SubmissionChanged.CameraReady cameraReady) {
        if (cameraReady == null) {
            kept.cameraReadyAt = null;
            kept.presenterEmail = null;
            kept.presenterRecipient = null;
            kept.presenterName = null;
            kept.attendance = null;
            return;
        }
        if (kept.cameraReadyAt == null || !cameraReady.presenterEmail().equalsIgnoreCase(String.valueOf(kept.presenterEmail))
                || !cameraReady.attendance().name().equals(kept.attendance)) {
            kept.cameraReadyAt = clock.instant();
        }
        kept.presenterEmail = cameraReady.presenterEmail();
        kept.presenterRecipient = Recipient.addressedTo(cameraReady.presenterEmail());
        kept.presenterName = cameraReady.authors().stream().filter(author -> author.email().equalsIgnoreCase(cameraReady.presenterEmail()))
                .map(SubmissionChanged.Author::name).findFirst().orElse(null);
        kept.attendance = cameraReady.attendance().name();
    }

    Uni<Void> tell(SubmissionChanged submission) {
        boolean decided = submission.decision() != null && submission.status() != Status.WITHDRAWN;
        boolean cameraReadySent = submission.reason() == Reason.CAMERA_READY && submission.cameraReady() != null;
        if (!decided && !cameraReadySent) {
            return Uni.createFrom().voidItem();
        }
        return KnownWorkshop.summaryOf(submission.workshopId(), submission.workshop())
                .flatMap(workshop -> (decided ? decision(submission, workshop) : Uni.createFrom().voidItem())
                        .flatMap(told -> cameraReadySent ? cameraReadyReceived(submission, workshop) : Uni.createFrom().voidItem()));
    }

    private Uni<Void> decision(SubmissionChanged submission, WorkshopSummary workshop) {
        SubmissionChanged.Decision decision = submission.decision();
        return addresses.each(submission.authors(), Messages.zoneOf(workshop), author -> {
            Map<String, Object> data = common(author, workshop, submission.title());
            data.put("outcome", outcomeOf(decision.outcome()));
            data.put("accepted", decision.outcome().accepted());
            data.put("comments", decision.commentsToAuthors());
            putCameraReadyDeadline(data, submission, author);
            return deliveries.notify(author.recipient(), author.account(), author.email(), submission.workshopId(),
                    Deliveries.Concern.REGISTRATION, DECISION, "decision/" + submission.submissionId(), decision.releasedAt(),
                    messages.render(DECISION, data).about(workshop, PortalPage.submission(submission.workshopId(), submission.submissionId())));
        });
    }

    private Uni<Void> cameraReadyReceived(SubmissionChanged submission, WorkshopSummary workshop) {
        SubmissionChanged.CameraReady cameraReady = submission.cameraReady();
        String presenter = cameraReady.authors().stream().filter(a -> a.email().equalsIgnoreCase(cameraReady.presenterEmail()))
                .map(SubmissionChanged.Author::name).findFirst().orElse(cameraReady.presenterEmail());
        return addresses.each(cameraReady.authors(), Messages.zoneOf(workshop), author -> {
            Map<String, Object> data = common(author, workshop, cameraReady.title());
            data.put("presenter", presenter);
            data.put("attendance", attendanceOf(cameraReady.attendance().name()));
            data.put("archival", cameraReady.archival());
            data.put("license", Objects.requireNonNullElse(cameraReady.license(), "none given"));
            putCameraReadyDeadline(data, submission, author);
            return deliveries.notify(author.recipient(), author.account(), author.email(), submission.workshopId(),
                    Deliveries.Concern.REGISTRATION, CAMERA_READY_RECEIVED,
                    "camera-ready/" + submission.submissionId() + "/v" + submission.version(), cameraReady.sentAt(),
                    messages.render(CAMERA_READY_RECEIVED, data)
                            .about(workshop, PortalPage.cameraReady(submission.workshopId(), submission.submissionId())));
        });
    }

    private static Map<String, Object> common(AuthorAddresses.Addressee author, WorkshopSummary workshop, String title) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", author.name());
        data.put("workshop", Messages.workshopName(workshop));
        data.put("title", title);
        return data;
    }

    /** The camera-ready deadline in the author's zone and in AoE, when the fact carries one. */
    private static void putCameraReadyDeadline(Map<String, Object> data, SubmissionChanged submission, AuthorAddresses.Addressee author) {
        data.put("cameraReadyDeadline", Messages.when(submission.cameraReadyDeadlineAt(), author.zone()));
        data.put("cameraReadyDeadlineAoE", Messages.whenAoE(submission.cameraReadyDeadlineAt()));
    }

    /** How a notice says an outcome. */
    static String outcomeOf(Outcome outcome) {
        return switch (outcome) {
            case ACCEPT_ORAL -> "accepted as a talk";
            case ACCEPT_POSTER -> "accepted as a poster";
            case REJECT -> "not accepted";
            case DESK_REJECT -> "not accepted without review";
        };
    }

    /** How a notice says a presenter's attendance. */
    static String attendanceOf(String attendance) {
        return "IN_PERSON".equals(attendance) ? "in person" : "online";
    }
}
