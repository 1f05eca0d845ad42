package dev.workshops.events;

import java.time.Instant;
import java.util.UUID;

/** An organizer's announcement to an audience (ALL, IN_PERSON, VIRTUAL, WAITLISTED). */
public record AnnouncementCreated(
        UUID id, String workshopId, String subject, String body, String audience, String createdBy, Instant createdAt) {
}
