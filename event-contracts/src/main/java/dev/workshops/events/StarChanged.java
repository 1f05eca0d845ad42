package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * An attendee starred or unstarred a session; keyed {@code workshopId/attendeeId}. Every field is required (the
 * body is as it was first published): a star without {@code starred} would otherwise read as an unstar.
 */
public record StarChanged(String workshopId, String attendeeId, UUID sessionId,
        @JsonProperty(required = true) boolean starred, @JsonProperty(required = true) long version) {

    public StarChanged {
        required(workshopId, "workshopId");
        required(attendeeId, "attendeeId");
        required(sessionId, "sessionId");
    }

    public static String keyOf(String workshopId, String attendeeId) {
        return workshopId + "/" + attendeeId;
    }
}
