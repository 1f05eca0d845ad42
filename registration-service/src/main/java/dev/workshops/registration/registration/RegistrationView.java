package dev.workshops.registration.registration;

import java.time.Instant;
import java.util.UUID;

/** A registration as the API and the `registrations` snapshots describe it. */
public record RegistrationView(UUID id, String workshopId, String attendeeId, String email, String name,
        String affiliation, String mode, String status, Integer waitlistPosition, Instant offerExpiresAt,
        boolean streamAccess, String ticketCode, Instant checkedInAt, Instant createdAt, Instant updatedAt,
        long version, boolean emailVerified) {

    public static RegistrationView of(Registration registration, Integer waitlistPosition) {
        return new RegistrationView(registration.id, registration.workshopId, registration.attendeeId,
                registration.email, registration.name, registration.affiliation, registration.mode,
                registration.status, Registration.WAITLISTED.equals(registration.status) ? waitlistPosition : null,
                registration.offerExpiresAt, registration.streamAccess, registration.ticketCode,
                registration.checkedInAt, registration.createdAt, registration.updatedAt, registration.version,
                registration.emailVerified);
    }
}
