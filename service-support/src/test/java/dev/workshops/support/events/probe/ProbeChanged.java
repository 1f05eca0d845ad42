package dev.workshops.support.events.probe;

import java.time.Instant;

/** The probe aggregate's snapshot event. */
public record ProbeChanged(String key, int value, Instant changedAt) {

    public static final String TOPIC = "probe-facts";
    public static final String TYPE = "test.probe.changed.v1";
}
