package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as released in a schedule version. Optional: {@code room} and {@code abstract} absent are none,
 * {@code speakers} absent is an empty list, {@code streamed} absent is {@code false}.
 */
public record SessionSnapshot(
        UUID id,
        String workshopId,
        String title,
        Kind kind,
        Instant startsAt,
        Instant endsAt,
        String room,
        List<Speaker> speakers,
        @JsonProperty("abstract") String abstractText,
        boolean streamed,
        Status status) {

    public enum Kind { KEYNOTE, TALK, PANEL, POSTER, BREAK, OPENING, CLOSING, MENTORING_BLOCK }

    public enum Status { SCHEDULED, CANCELLED }

    public SessionSnapshot {
        required(id, "id");
        required(workshopId, "workshopId");
        required(title, "title");
        required(kind, "kind");
        required(startsAt, "startsAt");
        required(endsAt, "endsAt");
        required(status, "status");
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** Optional: {@code affiliation} and {@code userId} (a speaker without an account) absent are none. */
    public record Speaker(String name, String affiliation, String userId) {

        public Speaker {
            required(name, "speakers.name");
        }
    }
}
