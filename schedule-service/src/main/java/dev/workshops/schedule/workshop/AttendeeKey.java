package dev.workshops.schedule.workshop;

import java.io.Serializable;

/** The id of what this service keeps per person and workshop (their agenda, their registration as heard). */
public record AttendeeKey(String workshopId, String attendeeId) implements Serializable {
    public AttendeeKey() {
        this(null, null);
    }
}
