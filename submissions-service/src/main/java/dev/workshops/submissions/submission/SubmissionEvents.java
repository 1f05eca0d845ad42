package dev.workshops.submissions.submission;

import dev.workshops.events.EventTypes;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.Topics;
import dev.workshops.submissions.cameraready.CameraReadyFacts;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.workshops.KnownWorkshop;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What goes to the `submissions` topic: the submission's snapshot after each change, drafts included. */
@ApplicationScoped
public class SubmissionEvents {

    private final Outbox outbox;
    private final MeterRegistry registry;
    private final JsonColumns json;
    private final CameraReadyFacts cameraReadies;

    public SubmissionEvents(Outbox outbox, MeterRegistry registry, JsonColumns json, CameraReadyFacts cameraReadies) {
        this.outbox = outbox;
        this.registry = registry;
        this.json = json;
        this.cameraReadies = cameraReadies;
    }

    /**
     * Records the snapshot in the transaction under way and counts it in {@code workshop_submissions_total}
     * (counted when recorded: a transaction that fails after this point counts once too many). A released decision
     * travels in every fact after its release; a pending one never does; a camera-ready in every fact after it was sent;
     * the call's camera-ready deadline ({@code cameraReadyDeadline}, none when the call sets none) in every fact.
     */
    public Uni<Void> changed(Submission submission, List<SubmissionChanged.Author> authors, List<String> keywords,
            Instant callDeadline, Instant cameraReadyDeadline, SubmissionChanged.Reason reason) {
        registry.counter("workshop.submissions", "workshop", submission.workshopId, "track", submission.track,
                "reason", reason.name()).increment();
        String id = submission.id.toString();
        // The workshop's name travels with the fact: a notice to the authors need not wait for `workshops`.
        return cameraReadies.of(submission.id).flatMap(cameraReady -> KnownWorkshop.summaryOf(submission.workshopId, null)
                .flatMap(workshop -> outbox.record(Topics.SUBMISSIONS, id,
                EventTypes.SUBMISSION_CHANGED, id, new SubmissionChanged(submission.id, submission.workshopId,
                        SubmissionChanged.Status.valueOf(submission.status), submission.title, submission.abstractText,
                        submission.track, submission.format, keywords, authors, submission.deadlineAt(callDeadline),
                        submission.extendedUntil, submission.submittedAt, submission.lateWithinGrace, submission.version,
                        reason, workshop, submission.releasedDecision(json), cameraReady, cameraReadyDeadline))));
    }
}
