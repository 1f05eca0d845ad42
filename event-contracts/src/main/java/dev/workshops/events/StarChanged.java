package dev.workshops.events;

import java.util.UUID;

/** An attendee starred or unstarred a session; keyed {@code workshopId/attendeeId}. */
public record StarChanged(String workshopId, String attendeeId, UUID sessionId, boolean starred, long version) {

    public static String keyOf(String workshopId, String attendeeId) {
        return workshopId + "/" + attendeeId;
    }
}
