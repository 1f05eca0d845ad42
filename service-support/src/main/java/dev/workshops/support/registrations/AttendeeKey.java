package dev.workshops.support.registrations;

import java.io.Serializable;

/** The id of what a service keeps per person and workshop (their registration as heard, an agenda). */
public record AttendeeKey(String workshopId, String attendeeId) implements Serializable {
    public AttendeeKey() {
        this(null, null);
    }
}
