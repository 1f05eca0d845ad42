package dev.workshops.portal.console.roster;

import java.time.Instant;

/** One registration of a workshop's roster, as registration-service lists it for organizers. */
public record RosterEntry(String id, String name, String email, String affiliation, String mode, String status,
        Integer waitlistPosition, Instant offerExpiresAt, boolean streamAccess, Instant checkedInAt, Instant createdAt) {

    public String modeWords() {
        return "IN_PERSON".equals(mode) ? "In person" : "Virtual";
    }

    /** The status as an organizer reads it, e.g. "Waitlisted, position 3". */
    public String statusWords() {
        return switch (status) {
            case "CONFIRMED" -> "Confirmed";
            case "WAITLISTED" -> waitlistPosition == null ? "Waitlisted" : "Waitlisted, position " + waitlistPosition;
            case "OFFERED" -> "Offered a seat";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }

    public boolean offered() {
        return "OFFERED".equals(status);
    }
}
