package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Snapshot of a workshop's call for papers, keyed by {@code workshopId}, published by submissions-service on
 * {@link Topics#CALLS}. Each deadline travels as the chair entered it (a local date and time in a zone, where
 * {@code AoE} is UTC−12) and resolved to an instant ({@code deadlineAt}, ...). Whether the call is open is not
 * carried: it follows from {@code opensAt} and {@code deadlineAt} on the consumer's clock. The grace period after
 * the deadline is not carried either: no one is to be told of it.
 *
 * <p>Optional: {@code description} absent is none; {@code cameraReadyDeadline} and {@code cameraReadyDeadlineAt}
 * absent are none; {@code workshop} absent is {@code null} (a consumer takes it from its own projection).
 */
public record CallChanged(
        String workshopId,
        String description,
        List<Track> tracks,
        List<Format> formats,
        Instant opensAt,
        Deadline deadline,
        Instant deadlineAt,
        Deadline reviewDeadline,
        Instant reviewDeadlineAt,
        Deadline cameraReadyDeadline,
        Instant cameraReadyDeadlineAt,
        Blind blind,
        int reviewsPerPaper,
        int maxLoad,
        @JsonProperty(required = true) long version,
        Reason reason,
        WorkshopSummary workshop) {

    /** Who knows whom during review: DOUBLE hides authors from reviewers and reviewers from authors. */
    public enum Blind { DOUBLE, SINGLE, OPEN }

    public enum Reason { OPENED, UPDATED }

    public CallChanged {
        required(workshopId, "workshopId");
        tracks = List.copyOf(required(tracks, "tracks"));
        formats = List.copyOf(required(formats, "formats"));
        required(opensAt, "opensAt");
        required(deadline, "deadline");
        required(deadlineAt, "deadlineAt");
        required(reviewDeadline, "reviewDeadline");
        required(reviewDeadlineAt, "reviewDeadlineAt");
        required(blind, "blind");
        required(reason, "reason");
    }

    /** A deadline as the chair entered it: {@code zone} is an IANA region id, {@code UTC} or {@code AoE}. */
    public record Deadline(LocalDate date, LocalTime time, String zone) {

        /** The zone of a deadline Anywhere on Earth: where the day ends last. */
        public static final String AOE = "AoE";

        /** What {@link #AOE} means: UTC−12, so "23:59 AoE" has passed everywhere on Earth. */
        public static final ZoneOffset ANYWHERE_ON_EARTH = ZoneOffset.ofHours(-12);

        /** The zone {@code zone} names: {@link #ANYWHERE_ON_EARTH} for {@code AoE}, else the IANA region or UTC. */
        public static ZoneId zoneOf(String zone) {
            return AOE.equals(zone) ? ANYWHERE_ON_EARTH : ZoneId.of(zone);
        }

        public Deadline {
            required(date, "deadline.date");
            required(time, "deadline.time");
            required(zone, "deadline.zone");
        }
    }

    public record Track(String id, String name) {

        public Track {
            required(id, "tracks.id");
            required(name, "tracks.name");
        }
    }

    /** A kind of paper: {@code maxPages} counts the pages before the references, {@code maxBytes} the PDF's size. */
    public record Format(String id, String name, int maxPages, long maxBytes) {

        public Format {
            required(id, "formats.id");
            required(name, "formats.name");
        }
    }
}
