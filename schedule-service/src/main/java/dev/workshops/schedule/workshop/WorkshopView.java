package dev.workshops.schedule.workshop;

import java.time.Instant;

/** A workshop as the API answers it. */
public record WorkshopView(String id, String title, String timezone, String venue, Instant startsAt, Instant endsAt,
        String description, long version) {

    static WorkshopView of(Workshop workshop) {
        return new WorkshopView(workshop.id, workshop.title, workshop.timezone, workshop.venue, workshop.startsAt,
                workshop.endsAt, workshop.description, workshop.version);
    }
}
