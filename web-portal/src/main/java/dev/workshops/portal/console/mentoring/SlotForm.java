package dev.workshops.portal.console.mentoring;

import static dev.workshops.portal.web.Forms.orEmpty;

import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.web.Choice;
import dev.workshops.portal.web.LocalTimes;
import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mentoring slot's form as typed, kept as text so that a refused form comes back as typed: start and end (a date and
 * a time in the workshop's zone), topic, seats, online (with the meeting link) or in person (with the place), and who
 * may book it.
 */
@TemplateData
public record SlotForm(String startsAt, String endsAt, String topic, String capacity, String format, String meetingUrl,
        String location, String audience) {

    public static final List<Choice> FORMATS = List.of(new Choice("ONLINE", "Online"), new Choice("IN_PERSON", "In person"));
    public static final List<Choice> AUDIENCES = List.of(new Choice("ATTENDEES", "Registered attendees"),
            new Choice("AUTHORS", "Prospective authors, while the call for papers is open"));

    static SlotForm first() {
        return new SlotForm("", "", "", "1", "ONLINE", "", "", "ATTENDEES");
    }

    static SlotForm typed(String startsAt, String endsAt, String topic, String capacity, String format, String meetingUrl,
            String location, String audience) {
        return new SlotForm(orEmpty(startsAt), orEmpty(endsAt), orEmpty(topic), orEmpty(capacity), orEmpty(format),
                orEmpty(meetingUrl), orEmpty(location), orEmpty(audience));
    }

    /** The body of POST {@code /api/workshops/{id}/mentoring/slots}; blank optional fields are left out. */
    Map<String, Object> body(ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", LocalTimes.withOffset(startsAt, zone, "start"));
        body.put("endsAt", LocalTimes.withOffset(endsAt, zone, "end"));
        body.put("topic", topic.strip());
        if (!capacity.isBlank()) {
            body.put("capacity", seats());
        }
        body.put("format", format);
        if (!meetingUrl.isBlank()) {
            body.put("meetingUrl", meetingUrl.strip());
        }
        if (!location.isBlank()) {
            body.put("location", location.strip());
        }
        if (!audience.isBlank()) {
            body.put("audience", audience);
        }
        return body;
    }

    private int seats() {
        try {
            return Integer.parseInt(capacity.strip());
        } catch (NumberFormatException e) {
            throw new ServiceProblem(400, "Give the number of seats as a whole number.");
        }
    }
}
