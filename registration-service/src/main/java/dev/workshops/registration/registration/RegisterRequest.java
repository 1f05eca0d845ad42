package dev.workshops.registration.registration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/workshops/{id}/registrations. Who registers comes from the token, never from here. */
public record RegisterRequest(
        @NotNull Mode mode,
        @Size(max = 200) String affiliation,
        @Size(max = 500) String dietaryNeeds,
        @Size(max = 500) String accessibilityNeeds) {

    public enum Mode { IN_PERSON, VIRTUAL }
}
