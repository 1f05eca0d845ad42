package dev.workshops.portal.console.workshop;

import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.LocalTimes;
import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workshop's form as the organizer typed it, kept as text so that a refused form comes back exactly as typed. The
 * start and end are a date and a time in the workshop's own zone (the one chosen in the same form).
 */
@TemplateData
public record WorkshopForm(String id, String title, String timezone, String venue, String startsAt, String endsAt,
        String description) {

    static WorkshopForm blank() {
        return new WorkshopForm("", "", "", "", "", "", "");
    }

    static WorkshopForm of(Workshop workshop) {
        ZoneId zone = workshop.zone();
        return new WorkshopForm(workshop.id(), workshop.title(), workshop.timezone(), workshop.venue(),
                LocalTimes.field(workshop.startsAt(), zone), LocalTimes.field(workshop.endsAt(), zone),
                workshop.description() == null ? "" : workshop.description());
    }

    /** The body of POST and PUT {@code /api/workshops}; the service judges everything but the zone and the times. */
    Map<String, Object> body() {
        ZoneId zone = LocalTimes.zone(timezone);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", strip(id));
        body.put("title", strip(title));
        body.put("timezone", zone.getId());
        body.put("venue", strip(venue));
        body.put("startsAt", LocalTimes.withOffset(startsAt, zone, "workshop's start"));
        body.put("endsAt", LocalTimes.withOffset(endsAt, zone, "workshop's end"));
        if (description != null && !description.isBlank()) {
            body.put("description", description.strip());
        }
        return body;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
