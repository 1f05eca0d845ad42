package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import java.util.UUID;

/** One entry of a release's change log; {@code before} is absent for ADDED, {@code after} for nothing. */
public record ScheduleChange(UUID sessionId, Type type, SessionSnapshot before, SessionSnapshot after) {

    public enum Type { ADDED, MOVED, CANCELLED, UPDATED }

    public ScheduleChange {
        required(sessionId, "changes.sessionId");
        required(type, "changes.type");
    }
}
