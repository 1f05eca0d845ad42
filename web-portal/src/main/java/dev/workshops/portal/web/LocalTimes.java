package dev.workshops.portal.web;

import dev.workshops.portal.services.ServiceProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date and a time of day as a {@code datetime-local} field holds them ({@code 2026-12-07T10:00}), read in a given
 * zone: forms show times this way and send them to the services with the zone's offset on that day.
 */
public final class LocalTimes {

    private static final Pattern REGION = Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

    /** The zones a form offers: UTC, then the IANA regions by name. */
    public static final List<String> ZONES = zones();

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    private LocalTimes() {
    }

    private static List<String> zones() {
        List<String> zones = new ArrayList<>(List.of("UTC"));
        ZoneId.getAvailableZoneIds().stream().filter(id -> REGION.matcher(id).matches()).sorted().forEach(zones::add);
        return List.copyOf(zones);
    }

    /** The field's value for {@code time} in {@code zone}; empty for none. */
    public static String field(Instant time, ZoneId zone) {
        return time == null ? "" : FIELD.format(time.atZone(zone));
    }

    public static String field(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : field(time.toInstant(), zone);
    }

    /**
     * What was typed, as an ISO-8601 time with the offset {@code zone} has then; a 400 naming {@code what} when it is
     * not a date and a time.
     */
    public static String withOffset(String typed, ZoneId zone, String what) {
        try {
            return LocalDateTime.parse(typed == null ? "" : typed.strip()).atZone(zone).toOffsetDateTime().toString();
        } catch (DateTimeException e) {
            throw new ServiceProblem(400, "Give the " + what + " as a date and a time.");
        }
    }

    /** The zone named {@code typed}; a 400 when there is none by that name. */
    public static ZoneId zone(String typed) {
        try {
            return ZoneId.of(typed == null ? "" : typed.strip());
        } catch (DateTimeException e) {
            throw new ServiceProblem(400, "Choose a time zone by its region name, such as Europe/Vienna.");
        }
    }
}
