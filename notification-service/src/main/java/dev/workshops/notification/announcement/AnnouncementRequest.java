package dev.workshops.notification.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/workshops/{id}/announcements. */
public record AnnouncementRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String body,
        @NotNull Audience audience) {

    /** Who hears it: everyone registered, confirmed in person, registered online, or waiting for a seat. */
    public enum Audience {
        ALL("status <> 'CANCELLED'"),
        IN_PERSON("mode = 'IN_PERSON' AND status = 'CONFIRMED'"),
        VIRTUAL("mode = 'VIRTUAL' AND status <> 'CANCELLED'"),
        WAITLISTED("status = 'WAITLISTED'");

        /** The audience as a condition on {@code registration_projection}. */
        final String condition;

        Audience(String condition) {
            this.condition = condition;
        }
    }
}
