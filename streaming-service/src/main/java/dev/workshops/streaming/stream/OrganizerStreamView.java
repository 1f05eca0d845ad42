package dev.workshops.streaming.stream;

import java.time.Instant;
import java.util.UUID;

/** A stream as organizers see it, URLs included. Never returned to attendees. */
public record OrganizerStreamView(UUID sessionId, String workshopId, String provider, String status, Instant startedAt,
        Instant endedAt, String playbackUrl, String backupUrl, String recordingUrl) {

    static OrganizerStreamView of(Stream stream) {
        return new OrganizerStreamView(stream.sessionId, stream.workshopId, stream.provider, stream.status,
                stream.startedAt, stream.endedAt, stream.playbackUrl, stream.backupUrl, stream.recordingUrl);
    }
}
