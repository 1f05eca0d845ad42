package dev.workshops.schedule.mentoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** Body of POST /api/workshops/{id}/mentoring/slots. Times must carry an offset; the audience is ATTENDEES unless said. */
public record SlotRequest(
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 200) String topic,
        @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") Integer capacity,
        @NotNull Format format,
        @Size(max = 2000) String meetingUrl,
        @Size(max = 200) String location,
        MentoringSlot.Audience audience) {

    public enum Format { ONLINE, IN_PERSON }

    public MentoringSlot.Audience audienceOrDefault() {
        return audience == null ? MentoringSlot.Audience.ATTENDEES : audience;
    }

    public int capacityOrDefault() {
        return capacity == null ? 1 : capacity;
    }
}
