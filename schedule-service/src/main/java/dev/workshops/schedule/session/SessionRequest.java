package dev.workshops.schedule.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Body of POST /api/workshops/{id}/sessions and PUT /api/sessions/{sessionId}. Times must carry an offset. */
public record SessionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Kind kind,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 100) String room,
        @Size(max = 20) List<@Valid @NotNull Speaker> speakers,
        @JsonProperty("abstract") @Size(max = 10000) String abstractText,
        Boolean streamed) {

    public enum Kind { KEYNOTE, TALK, PANEL, POSTER, BREAK, OPENING, CLOSING, MENTORING_BLOCK }

    /** {@code userId} (a Keycloak user id) ties the speaker to an account, for notices; else the name identifies them. */
    public record Speaker(@NotBlank @Size(max = 200) String name, @Size(max = 200) String affiliation,
            @Size(max = 64) String userId) {
    }

    /** Streamed unless said otherwise, except breaks. */
    public boolean streamedOrDefault() {
        return streamed != null ? streamed : kind != Kind.BREAK;
    }

    public List<Speaker> speakersOrEmpty() {
        return speakers == null ? List.of() : speakers;
    }
}
