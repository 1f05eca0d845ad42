package dev.workshops.portal.submissions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A workshop's call for papers as submissions-service answers it: each deadline as the chair entered it and the
 * instant it resolves to. {@code graceMinutes} is only in answers to chairs.
 */
@TemplateData
public record Call(String workshopId, String description, List<Track> tracks, List<Format> formats, Instant opensAt,
        Deadline deadline, Instant deadlineAt, Deadline reviewDeadline, Instant reviewDeadlineAt, Deadline cameraReadyDeadline,
        Instant cameraReadyDeadlineAt, String blind, Integer reviewsPerPaper, Integer maxLoad, Integer graceMinutes, boolean open,
        long version) {

    public Call {
        tracks = tracks == null ? List.of() : tracks;
        formats = formats == null ? List.of() : formats;
    }

    @TemplateData
    public record Track(String id, String name) {
    }

    /** {@code maxPages} counts the pages before the references. */
    @TemplateData
    public record Format(String id, String name, int maxPages, long maxBytes) {

        /** The size limit as a chair types it: in MB of 1,048,576 bytes, without trailing zeros. */
        public String maxMegabytes() {
            return BigDecimal.valueOf(maxBytes).divide(BigDecimal.valueOf(CallForm.MEGABYTE), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
    }

    /** A local date and time in a zone, where {@code AoE} (UTC−12) is a zone. */
    @TemplateData
    public record Deadline(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime time, String zone) {
    }

    /** Not open because it opens later (rather than because its deadline has passed). */
    public boolean opensLater() {
        return !open && opensAt != null && Instant.now().isBefore(opensAt);
    }

    /** Whether the chair entered the deadline in AoE (the page then says it once). */
    public boolean inAoe() {
        return Deadlines.inAoe(deadline);
    }

    public String trackName(String id) {
        return tracks.stream().filter(t -> t.id().equals(id)).map(Track::name).findFirst().orElse(id);
    }

    public Format format(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    public String blindWords() {
        return switch (blind == null ? "" : blind) {
            case "DOUBLE" -> "double-blind: reviewers do not see the authors, authors do not see the reviewers";
            case "SINGLE" -> "single-blind: reviewers see the authors, authors do not see the reviewers";
            case "OPEN" -> "open: authors do not see the reviewers, reviewers see the authors";
            default -> String.valueOf(blind);
        };
    }
}
