package dev.workshops.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session as released in a schedule version. */
public record SessionSnapshot(
        UUID id,
        String workshopId,
        String title,
        String kind,
        Instant startsAt,
        Instant endsAt,
        String room,
        List<Speaker> speakers,
        @JsonProperty("abstract") String abstractText,
        boolean streamed,
        String status) {

    public record Speaker(String name, String affiliation, String userId) {
    }
}
