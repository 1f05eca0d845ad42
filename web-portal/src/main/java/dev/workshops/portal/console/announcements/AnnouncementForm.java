package dev.workshops.portal.console.announcements;

import static dev.workshops.portal.web.Forms.orEmpty;

import dev.workshops.portal.web.Choice;
import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An announcement as typed (subject, body, audience), carried from the form to the review step and on to the send
 * as typed, so going back or a refusal never loses it.
 */
@TemplateData
public record AnnouncementForm(String subject, String body, String audience) {

    public static final List<Choice> AUDIENCES = List.of(
            new Choice("ALL", "Everyone registered (not cancelled)"),
            new Choice("IN_PERSON", "Confirmed in person"),
            new Choice("VIRTUAL", "Registered online"),
            new Choice("WAITLISTED", "On the waitlist"));

    static AnnouncementForm first() {
        return new AnnouncementForm("", "", "ALL");
    }

    static AnnouncementForm typed(String subject, String body, String audience) {
        return new AnnouncementForm(orEmpty(subject), orEmpty(body), audience == null || audience.isBlank() ? "ALL" : audience.strip());
    }

    /** The audience's words, or the value itself for one this form does not list (the service then refuses it). */
    public String audienceLabel() {
        return AUDIENCES.stream().filter(a -> a.value().equals(audience)).map(Choice::label).findFirst().orElse(audience);
    }

    /** The body of POST {@code /api/workshops/{id}/announcements}; the service checks it. */
    Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subject", subject);
        request.put("body", body);
        request.put("audience", audience);
        return request;
    }
}
