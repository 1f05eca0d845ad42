package dev.workshops.portal.mentoring;

import dev.workshops.portal.web.WebLinks;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A mentoring slot; {@code meetingUrl} only comes for its mentor and the people booked on it. */
public record Slot(UUID id, String workshopId, String mentorName, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String topic, int capacity, Long booked, boolean bookedByMe, String format, String meetingUrl, String location,
        String status) {

    /** "2 of 3 booked" where the service counted. */
    public String occupancy() {
        return booked == null ? "" : booked + " of " + capacity + " booked";
    }

    /** The meeting link if it is a web address; anything else a mentor typed is shown as text, never made a link. */
    public String meetingLink() {
        return WebLinks.webOrNull(meetingUrl);
    }

    public boolean full() {
        return booked != null && booked >= capacity;
    }
}
