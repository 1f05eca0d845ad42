package dev.workshops.schedule.mentoring;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A slot as the API answers it; {@code meetingUrl} is null unless the caller is its mentor or booked on it, and
 * {@code booked} is null where it was not counted (inside a booking).
 */
public record SlotView(UUID id, String workshopId, String mentorId, String mentorName, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String topic, int capacity, Long booked, boolean bookedByMe, String format,
        String meetingUrl, String location, String status, MentoringSlot.Audience audience) {

    static SlotView of(MentoringSlot slot, Long booked, boolean bookedByCaller, boolean mayJoin, ZoneId zone) {
        return new SlotView(slot.id, slot.workshopId, slot.mentorId, slot.mentorName, slot.startsAt.atZone(zone).toOffsetDateTime(),
                slot.endsAt.atZone(zone).toOffsetDateTime(), slot.topic, slot.capacity, booked, bookedByCaller, slot.format,
                mayJoin ? slot.meetingUrl : null, slot.location, slot.status, slot.audience);
    }
}
