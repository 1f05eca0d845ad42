package dev.workshops.registration.roster;

/**
 * How the places of one mode of one workshop are used, counted from the registrations themselves (so it is
 * right after a restart). {@code capacity} null means unlimited.
 */
public record SeatTally(String workshopId, String mode, Integer capacity, long confirmed, long offered,
        long waitlisted, long checkedIn) {
}
