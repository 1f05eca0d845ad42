package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import java.util.UUID;

/**
 * An attendee starred or unstarred a session; keyed {@code workshopId/attendeeId}. Every field is required (the
 * body is as it was first published); {@code starred} absent is {@code false}.
 */
public record StarChanged(String workshopId, String attendeeId, UUID sessionId, boolean starred, long version) {

    public StarChanged {
        required(workshopId, "workshopId");
        required(attendeeId, "attendeeId");
        required(sessionId, "sessionId");
    }

    public static String keyOf(String workshopId, String attendeeId) {
        return workshopId + "/" + attendeeId;
    }
}
