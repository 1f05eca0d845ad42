package dev.workshops.submissions.call;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.workshops.events.CallChanged;
import dev.workshops.support.time.TimeZones;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A deadline as a chair enters it: a local date and time in a zone. {@code AoE} (Anywhere on Earth, UTC−12) is a
 * zone like any IANA region id: "23:59 AoE on 25 September" has passed everywhere on Earth by 11:59 UTC on
 * 26 September.
 */
public record Deadline(@NotNull LocalDate date, @NotNull @JsonFormat(pattern = "HH:mm") LocalTime time, @NotNull String zone) {

    public static final String AOE = CallChanged.Deadline.AOE;
    public static final String ZONE_EXPECTATION = "must be AoE or an IANA time zone such as Europe/Vienna";
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("HH:mm '%s' 'on' d MMMM", Locale.ENGLISH);

    public static boolean isZone(String zone) {
        return AOE.equals(zone) || TimeZones.isRegion(zone);
    }

    public ZoneId zoneId() {
        return CallChanged.Deadline.zoneOf(zone);
    }

    /** The instant it means (a time that a daylight-saving gap skips is taken as the first one after it). */
    public Instant instant() {
        return date.atTime(time).atZone(zoneId()).toInstant();
    }

    /** As people say it: "23:59 AoE on 25 September". */
    public String words() {
        return date.atTime(time).format(WORDS).formatted(zone);
    }

    /** An instant in UTC, as the deadline's words put it beside the zone the chair used: "11:59 UTC on 26 September". */
    public static String utcWords(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).format(WORDS).formatted("UTC");
    }

    public CallChanged.Deadline fact() {
        return new CallChanged.Deadline(date, time, zone);
    }
}
