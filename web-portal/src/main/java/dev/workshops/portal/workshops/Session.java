package dev.workshops.portal.workshops;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A released session, its times in the zone the schedule was asked in. */
public record Session(UUID id, String workshopId, String title, String kind, OffsetDateTime startsAt,
        OffsetDateTime endsAt, LocalDate day, String room, List<Speaker> speakers,
        @JsonProperty("abstract") String abstractText, boolean streamed, String status) {

    public record Speaker(String name, String affiliation) {
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public String speakerNames() {
        return speakers == null ? "" : String.join(", ", speakers.stream()
                .map(s -> s.affiliation() == null || s.affiliation().isBlank() ? s.name() : s.name() + " (" + s.affiliation() + ")").toList());
    }
}
