package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import java.time.Instant;
import java.util.UUID;

/** An organizer's announcement to an audience. Optional: {@code createdBy} absent is none. */
public record AnnouncementCreated(
        UUID id, String workshopId, String subject, String body, Audience audience, String createdBy, Instant createdAt) {

    public enum Audience { ALL, IN_PERSON, VIRTUAL, WAITLISTED }

    public AnnouncementCreated {
        required(id, "id");
        required(workshopId, "workshopId");
        required(subject, "subject");
        required(body, "body");
        required(audience, "audience");
        required(createdAt, "createdAt");
    }
}
