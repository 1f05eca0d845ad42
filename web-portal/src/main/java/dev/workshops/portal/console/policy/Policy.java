package dev.workshops.portal.console.policy;

import java.time.Duration;
import java.time.Instant;

/** A workshop's registration policy as registration-service answers it; no virtual capacity: unlimited. */
public record Policy(int inPersonCapacity, Integer virtualCapacity, Instant opensAt, Instant closesAt, Duration offerTtl,
        boolean waitlistStreamAccess) {
}
