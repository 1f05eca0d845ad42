package dev.workshops.registration.registration;

import jakarta.validation.constraints.NotNull;

/** Body of PUT /api/workshops/{id}/registrations/me/mode. */
public record ModeRequest(@NotNull RegisterRequest.Mode mode) {
}
