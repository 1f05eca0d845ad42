package dev.workshops.portal.registration;

import java.time.Instant;

/** The signed-in attendee's registration as registration-service answers it. */
public record Registration(String id, String workshopId, String name, String email, String affiliation, String mode,
        String status, Integer waitlistPosition, Instant offerExpiresAt, boolean streamAccess, String ticketCode,
        Instant checkedInAt, Instant createdAt) {

    public boolean inPerson() {
        return "IN_PERSON".equals(mode);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    public boolean waitlisted() {
        return "WAITLISTED".equals(status);
    }

    public boolean offered() {
        return "OFFERED".equals(status);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** Words for the mode. */
    public String modeWords() {
        return inPerson() ? "in person" : "virtually";
    }

    /** The status as a person reads it, e.g. "Waitlisted, position 3". */
    public String statusWords() {
        return switch (status) {
            case "CONFIRMED" -> "Confirmed";
            case "WAITLISTED" -> waitlistPosition == null ? "Waitlisted" : "Waitlisted, position " + waitlistPosition;
            case "OFFERED" -> "A seat is offered to you";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }
}
