package dev.workshops.support.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock every service reads domain time from (when a fact happened, whether a window is open, when a
 * retry is due). It ticks in microseconds, the precision PostgreSQL stores, so an answer and a later read of the
 * same moment agree. Tests replace it with {@link TestClock}.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock system() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
