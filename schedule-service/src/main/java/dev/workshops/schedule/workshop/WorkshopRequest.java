package dev.workshops.schedule.workshop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** Body of POST and PUT /api/workshops. Times must carry an offset. */
public record WorkshopRequest(
        @NotNull @Pattern(regexp = "[a-z0-9-]{3,64}", message = "must be 3 to 64 lowercase letters, digits or dashes") String id,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 64) String timezone,
        @NotBlank @Size(max = 200) String venue,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 10000) String description) {
}
