package dev.workshops.schedule.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import dev.workshops.schedule.paper.PaperPlace;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Body of POST /api/workshops/{id}/sessions and PUT /api/sessions/{sessionId}. Times must carry an offset. A TALK
 * may present one accepted paper ({@code paperId}), a POSTER session many ({@code papers}); such a session takes
 * its speakers (and a talk its title and abstract) from the papers, so {@code title} may then be left out of a
 * talk and {@code speakers} are ignored.
 */
public record SessionRequest(
        @Size(max = 300) String title,
        @NotNull Kind kind,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 100) String room,
        @Size(max = 20) List<@Valid @NotNull Speaker> speakers,
        @JsonProperty("abstract") @Size(max = 10000) String abstractText,
        Boolean streamed,
        UUID paperId,
        @Size(max = 500) List<@Valid @NotNull PaperPlace> papers) {

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

    /** The papers placed: a talk's one paper, or a poster session's. */
    public List<PaperPlace> places() {
        if (paperId != null) {
            return List.of(new PaperPlace(paperId, null));
        }
        return papers == null ? List.of() : papers;
    }
}
