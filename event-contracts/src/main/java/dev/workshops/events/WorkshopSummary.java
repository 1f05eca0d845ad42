package dev.workshops.events;

import java.time.Instant;

/**
 * What a fact about something in a workshop carries of the workshop itself, so its consumer can tell people about
 * it even when the workshop's own snapshot has not reached it yet (topics are not ordered against each other).
 * {@code version} is that of the workshop snapshot the summary was taken from. Optional: {@code venue} (added after
 * v1) absent is none: the fact does not say where the workshop takes place, and a consumer that tells people about it
 * takes the venue from its own workshop projection if it has one.
 */
public record WorkshopSummary(String title, String timezone, Instant startsAt, Instant endsAt, long version, String venue) {

    public WorkshopSummary {
        ContractViolation.required(title, "workshop.title");
        ContractViolation.required(timezone, "workshop.timezone");
        // A notice's calendar entry is made from them.
        ContractViolation.required(startsAt, "workshop.startsAt");
        ContractViolation.required(endsAt, "workshop.endsAt");
    }

    /** The shape before {@code venue}: a summary that does not say where. */
    public WorkshopSummary(String title, String timezone, Instant startsAt, Instant endsAt, long version) {
        this(title, timezone, startsAt, endsAt, version, null);
    }
}
