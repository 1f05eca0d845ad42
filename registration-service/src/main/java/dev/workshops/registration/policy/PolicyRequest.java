package dev.workshops.registration.policy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Body of PUT /api/workshops/{id}/registration-policy. */
public record PolicyRequest(
        @NotNull @Min(0) Integer inPersonCapacity,
        @Min(0) Integer virtualCapacity,
        @NotNull OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt,
        Duration offerTtl,
        Boolean waitlistStreamAccess) {
}
