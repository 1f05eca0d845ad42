package dev.workshops.portal.submissions;

import dev.workshops.events.CallChanged;
import dev.workshops.portal.services.ServiceProblem;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The call's form as the chair typed it, kept as text so that a refused form comes back exactly as typed. Rows of
 * tracks and formats left blank are not sent; the service judges everything else.
 *
 * @param opensAt a local date and time in the chair's zone ({@code datetime-local})
 */
@TemplateData
public record CallForm(String description, List<TrackRow> tracks, List<FormatRow> formats, String opensAt, DeadlineFields deadline,
        String graceMinutes, DeadlineFields reviewDeadline, DeadlineFields cameraReadyDeadline, String blind,
        String reviewsPerPaper, String maxLoad) {

    static final long MEGABYTE = 1024 * 1024;
    private static final int SPARE_ROWS = 2;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    @TemplateData
    public record TrackRow(String id, String name) {

        boolean blank() {
            return isBlank(id) && isBlank(name);
        }
    }

    @TemplateData
    public record FormatRow(String id, String name, String maxPages, String maxMegabytes) {

        boolean blank() {
            return isBlank(id) && isBlank(name) && isBlank(maxPages) && isBlank(maxMegabytes);
        }
    }

    /** A deadline's three fields; {@code time} as {@code HH:mm}. */
    @TemplateData
    public record DeadlineFields(String date, String time, String zone) {

        static DeadlineFields of(Call.Deadline deadline) {
            return deadline == null ? new DeadlineFields("", "23:59", CallChanged.Deadline.AOE)
                    : new DeadlineFields(deadline.date().toString(), deadline.time().toString(), deadline.zone());
        }

        boolean blank() {
            return isBlank(date) && isBlank(time);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("date", strip(date));
            body.put("time", strip(time));
            body.put("zone", strip(zone));
            return body;
        }
    }

    /** A first call: opens now, deadlines at 23:59 AoE, the service's defaults otherwise. */
    static CallForm first(ZoneId chairZone, Instant now) {
        return new CallForm("", rows(List.of(), TrackRow::new), formatRows(List.of()),
                LOCAL.format(now.truncatedTo(ChronoUnit.MINUTES).atZone(chairZone)), DeadlineFields.of(null), "15",
                DeadlineFields.of(null), new DeadlineFields("", "", CallChanged.Deadline.AOE), "DOUBLE", "3", "4");
    }

    /** The call as it is, to edit. */
    static CallForm of(Call call, ZoneId chairZone) {
        List<TrackRow> tracks = call.tracks().stream().map(t -> new TrackRow(t.id(), t.name())).toList();
        List<FormatRow> formats = call.formats().stream()
                .map(f -> new FormatRow(f.id(), f.name(), Integer.toString(f.maxPages()), f.maxMegabytes())).toList();
        return new CallForm(call.description() == null ? "" : call.description(), rows(tracks, TrackRow::new), formatRows(formats),
                LOCAL.format(call.opensAt().atZone(chairZone)), DeadlineFields.of(call.deadline()),
                call.graceMinutes() == null ? "" : call.graceMinutes().toString(), DeadlineFields.of(call.reviewDeadline()),
                call.cameraReadyDeadline() == null ? new DeadlineFields("", "", CallChanged.Deadline.AOE) : DeadlineFields.of(call.cameraReadyDeadline()),
                call.blind(), number(call.reviewsPerPaper()), number(call.maxLoad()));
    }

    /** What the browser sent, columns by position: the n-th id goes with the n-th name. */
    static CallForm typed(String description, List<String> trackIds, List<String> trackNames, List<String> formatIds,
            List<String> formatNames, List<String> formatPages, List<String> formatMegabytes, String opensAt,
            DeadlineFields deadline, String graceMinutes, DeadlineFields reviewDeadline, DeadlineFields cameraReadyDeadline,
            String blind, String reviewsPerPaper, String maxLoad) {
        int trackRows = Math.max(trackIds.size(), trackNames.size());
        List<TrackRow> tracks = IntStream.range(0, trackRows).mapToObj(i -> new TrackRow(at(trackIds, i), at(trackNames, i))).toList();
        int formatRows = Math.max(Math.max(formatIds.size(), formatNames.size()), Math.max(formatPages.size(), formatMegabytes.size()));
        List<FormatRow> formats = IntStream.range(0, formatRows)
                .mapToObj(i -> new FormatRow(at(formatIds, i), at(formatNames, i), at(formatPages, i), at(formatMegabytes, i))).toList();
        return new CallForm(description, tracks, formats, opensAt, deadline, graceMinutes, reviewDeadline, cameraReadyDeadline,
                blind, reviewsPerPaper, maxLoad);
    }

    /** The same form with blank rows to add tracks and formats (no script needed). */
    CallForm withSpareRows() {
        return new CallForm(description, rows(tracks.stream().filter(t -> !t.blank()).toList(), TrackRow::new),
                formatRows(formats.stream().filter(f -> !f.blank()).toList()), opensAt, deadline, graceMinutes, reviewDeadline,
                cameraReadyDeadline, blind, reviewsPerPaper, maxLoad);
    }

    /**
     * The body of {@code PUT /api/workshops/{id}/call}. Only what a person's words cannot say is refused here: a
     * number that is not one, a time that is not one; the service judges the rest.
     */
    Map<String, Object> body(ZoneId chairZone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", strip(description));
        body.put("tracks", tracks.stream().filter(t -> !t.blank())
                .map(t -> Map.of("id", idOf(t.id(), t.name()), "name", strip(t.name()))).toList());
        List<Map<String, Object>> formatBodies = new ArrayList<>();
        for (FormatRow f : formats) {
            if (f.blank()) {
                continue;
            }
            String name = strip(f.name());
            Map<String, Object> format = new LinkedHashMap<>();
            format.put("id", idOf(f.id(), f.name()));
            format.put("name", name);
            format.put("maxPages", whole(f.maxPages(), "The page limit of " + quoted(name)));
            format.put("maxBytes", megabytes(f.maxMegabytes(), "The size limit of " + quoted(name)));
            formatBodies.add(format);
        }
        body.put("formats", formatBodies);
        body.put("opensAt", opensAtInstant(chairZone));
        body.put("deadline", deadline.body());
        if (!isBlank(graceMinutes)) {
            body.put("graceMinutes", whole(graceMinutes, "The grace period"));
        }
        body.put("reviewDeadline", reviewDeadline.body());
        if (cameraReadyDeadline != null && !cameraReadyDeadline.blank()) {
            body.put("cameraReadyDeadline", cameraReadyDeadline.body());
        }
        body.put("blind", strip(blind));
        if (!isBlank(reviewsPerPaper)) {
            body.put("reviewsPerPaper", whole(reviewsPerPaper, "Reviews per paper"));
        }
        if (!isBlank(maxLoad)) {
            body.put("maxLoad", whole(maxLoad, "The most papers per reviewer"));
        }
        return body;
    }

    private String opensAtInstant(ZoneId chairZone) {
        try {
            return LocalDateTime.parse(strip(opensAt)).atZone(chairZone).toOffsetDateTime().toString();
        } catch (DateTimeException e) {
            throw new ServiceProblem(400, "\"Opens at\" must be a date and a time.");
        }
    }

    /** A track or format named but given no id gets one from its name ("Short paper" → "short-paper"). */
    static String idOf(String id, String name) {
        if (!isBlank(id)) {
            return id.strip();
        }
        String slug = strip(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 64 ? slug.substring(0, 64) : slug;
    }

    private static int whole(String value, String what) {
        try {
            return Integer.parseInt(strip(value));
        } catch (NumberFormatException e) {
            throw new ServiceProblem(400, what + " must be a whole number.");
        }
    }

    private static long megabytes(String value, String what) {
        try {
            return new BigDecimal(strip(value).replace(',', '.')).multiply(BigDecimal.valueOf(MEGABYTE)).longValue();
        } catch (NumberFormatException e) {
            throw new ServiceProblem(400, what + " must be a number of MB.");
        }
    }

    private static String quoted(String name) {
        return name.isEmpty() ? "a format" : "\u201c" + name + "\u201d";
    }

    private static <T> List<T> rows(List<T> filled, java.util.function.BiFunction<String, String, T> blank) {
        List<T> rows = new ArrayList<>(filled);
        for (int i = 0; i < (filled.isEmpty() ? SPARE_ROWS + 1 : SPARE_ROWS); i++) {
            rows.add(blank.apply("", ""));
        }
        return rows;
    }

    private static List<FormatRow> formatRows(List<FormatRow> filled) {
        List<FormatRow> rows = new ArrayList<>(filled);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new FormatRow("", "", "", ""));
        }
        return rows;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** The {@code i}-th value of a form column, blank past its end. */
    static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
