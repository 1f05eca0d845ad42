package dev.workshops.support.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now on {@code clock}, at the precision PostgreSQL stores: an answer and a later read of the same moment agree. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
