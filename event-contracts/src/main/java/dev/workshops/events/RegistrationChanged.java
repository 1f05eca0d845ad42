package dev.workshops.events;

import java.time.Instant;
import java.util.UUID;

/** Snapshot of a registration, keyed {@code workshopId/attendeeId}. */
public record RegistrationChanged(
        UUID id,
        String workshopId,
        String attendeeId,
        String email,
        String name,
        String affiliation,
        String mode,
        String status,
        Integer waitlistPosition,
        Instant offerExpiresAt,
        boolean streamAccess,
        String ticketCode,
        Instant checkedInAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String reason) {

    public static String keyOf(String workshopId, String attendeeId) {
        return workshopId + "/" + attendeeId;
    }

    /**
     * Whether this snapshot is newer than the one a projection holds for the same person and workshop. Versions
     * count per registration; a person who cancels and registers again gets a new registration, which wins
     * over any snapshot of the old one.
     */
    public boolean supersedes(UUID heldRegistrationId, long heldVersion, Instant heldCreatedAt) {
        if (id.equals(heldRegistrationId)) {
            return version > heldVersion;
        }
        return createdAt.isAfter(heldCreatedAt);
    }
}
