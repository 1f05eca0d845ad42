package dev.workshops.notification.announcement;

import dev.workshops.events.AnnouncementCreated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/workshops/{id}/announcements. */
public record AnnouncementRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String body,
        @NotNull AnnouncementCreated.Audience audience) {
}
