package dev.workshops.registration.checkin;

import dev.workshops.registration.registration.RegistrationView;
import java.time.Instant;

/** The answer to a successful check-in. */
public record CheckIn(RegistrationView registration, Instant checkedInAt) {
}
