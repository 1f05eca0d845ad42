package dev.workshops.support.events.probe;

import dev.workshops.events.ContractViolation;
import java.time.Instant;

/** The probe aggregate's snapshot event. {@code origin} came later: absent, it is {@code null} (not said). */
public record ProbeChanged(String key, int value, Instant changedAt, Origin origin) {

    public static final String TOPIC = "probe-facts";
    public static final String TYPE = "test.probe.changed.v1";

    public enum Origin { SINGLE, BATCH }

    public ProbeChanged {
        ContractViolation.required(key, "key");
        ContractViolation.required(changedAt, "changedAt");
    }
}
