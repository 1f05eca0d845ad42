package dev.workshops.schedule.paper;

import dev.workshops.events.EventTypes;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.support.events.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes `submissions` into {@link Paper}: idempotent (each event once), poison to `submissions.dlq`. */
@ApplicationScoped
public class PaperProjection {

    private final EventConsumer events;
    private final PaperFacts facts;

    public PaperProjection(EventConsumer events, PaperFacts facts) {
        this.events = events;
        this.facts = facts;
    }

    @Incoming("submissions")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.SUBMISSION_CHANGED, SubmissionChanged.class, facts::apply);
    }
}
