package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as released in a schedule version. Optional: {@code room} and {@code abstract} absent are none,
 * {@code speakers} absent is an empty list, {@code streamed} absent is {@code false}, {@code papers} (added with
 * the program of accepted papers) absent is an empty list.
 *
 * <p>{@code papers} are the accepted papers the session presents: one for a TALK made from a paper, many with board
 * numbers for a POSTER session. Their authors are public (name and affiliation, never an email); the session's
 * speakers are the papers' presenters.
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
        Status status,
        List<Paper> papers) {

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
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    /** A session presenting no paper. */
    public SessionSnapshot(UUID id, String workshopId, String title, Kind kind, Instant startsAt, Instant endsAt,
            String room, List<Speaker> speakers, String abstractText, boolean streamed, Status status) {
        this(id, workshopId, title, kind, startsAt, endsAt, room, speakers, abstractText, streamed, status, List.of());
    }

    /** Optional: {@code affiliation} and {@code userId} (a speaker without an account) absent are none. */
    public record Speaker(String name, String affiliation, String userId) {

        public Speaker {
            required(name, "speakers.name");
        }
    }

    /**
     * An accepted paper as the session presents it: its camera-ready title and authors (else the submission's).
     * Optional: {@code board} (a poster's board number) and {@code pdfUrl} (an archival paper's final PDF) absent
     * are none; {@code authors} absent is an empty list.
     */
    public record Paper(UUID paperId, Integer board, String title, List<PaperAuthor> authors, String pdfUrl) {

        public Paper {
            required(paperId, "papers.paperId");
            required(title, "papers.title");
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }

    /** An author of a paper, in the paper's order. Optional: {@code affiliation} absent is none. */
    public record PaperAuthor(String name, String affiliation) {

        public PaperAuthor {
            required(name, "papers.authors.name");
        }
    }
}
