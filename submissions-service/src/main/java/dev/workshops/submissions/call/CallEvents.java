package dev.workshops.submissions.call;

import dev.workshops.events.CallChanged;
import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What goes to the `calls` topic: the call's snapshot after each change, through the outbox. */
@ApplicationScoped
public class CallEvents {

    private final Outbox outbox;

    public CallEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records {@code snapshot} in the transaction under way, with the workshop it belongs to. */
    public Uni<Void> changed(CallChanged snapshot) {
        return KnownWorkshop.summaryOf(snapshot.workshopId(), null).flatMap(workshop -> outbox.record(Topics.CALLS,
                snapshot.workshopId(), EventTypes.CALL_CHANGED, snapshot.workshopId(), withWorkshop(snapshot, workshop)));
    }

    private static CallChanged withWorkshop(CallChanged call, dev.workshops.events.WorkshopSummary workshop) {
        return new CallChanged(call.workshopId(), call.description(), call.tracks(), call.formats(), call.opensAt(),
                call.deadline(), call.deadlineAt(), call.reviewDeadline(), call.reviewDeadlineAt(), call.cameraReadyDeadline(),
                call.cameraReadyDeadlineAt(), call.blind(), call.reviewsPerPaper(), call.maxLoad(), call.version(),
                call.reason(), workshop);
    }
}
