package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Snapshot of a registration, keyed {@code workshopId/attendeeId}.
 *
 * <p>Optional fields and their defaults: {@code name}, {@code affiliation}, {@code waitlistPosition},
 * {@code offerExpiresAt}, {@code ticketCode}, {@code checkedInAt} may be absent (none); {@code streamAccess}
 * absent is {@code false}; {@code workshop} (added after v1) absent is {@code null}: the snapshot does not say
 * what the workshop is called, and a consumer takes it from its own workshop projection if it has one.
 * {@code emailVerified} (whether the identity provider vouched for {@code email} when the person registered) absent
 * is {@code false}: an address nobody vouched for names nobody, so a consumer that finds people by email (a
 * submission's authors, a paper's presenter) must not take this registration's account for theirs.
 */
public record RegistrationChanged(
        UUID id,
        String workshopId,
        String attendeeId,
        String email,
        String name,
        String affiliation,
        Mode mode,
        Status status,
        Integer waitlistPosition,
        Instant offerExpiresAt,
        boolean streamAccess,
        String ticketCode,
        Instant checkedInAt,
        Instant createdAt,
        Instant updatedAt,
        @JsonProperty(required = true) long version,
        Reason reason,
        WorkshopSummary workshop,
        boolean emailVerified) {

    public enum Mode { IN_PERSON, VIRTUAL }

    public enum Status { CONFIRMED, WAITLISTED, OFFERED, CANCELLED }

    public enum Reason {
        REGISTERED, WAITLISTED, OFFERED, PROMOTED, OFFER_DECLINED, OFFER_EXPIRED, MODE_CHANGED, CANCELLED, CHECKED_IN
    }

    public RegistrationChanged {
        required(id, "id");
        required(workshopId, "workshopId");
        required(attendeeId, "attendeeId");
        required(mode, "mode");
        required(status, "status");
        required(createdAt, "createdAt");
        required(reason, "reason");
    }

    /** The shape before {@code emailVerified}: an address nobody vouched for. */
    public RegistrationChanged(UUID id, String workshopId, String attendeeId, String email, String name, String affiliation, Mode mode,
            Status status, Integer waitlistPosition, Instant offerExpiresAt, boolean streamAccess, String ticketCode, Instant checkedInAt,
            Instant createdAt, Instant updatedAt, long version, Reason reason, WorkshopSummary workshop) {
        this(id, workshopId, attendeeId, email, name, affiliation, mode, status, waitlistPosition, offerExpiresAt, streamAccess,
                ticketCode, checkedInAt, createdAt, updatedAt, version, reason, workshop, false);
    }

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
