package dev.workshops.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times: in the zone the viewer reads them in, with the zone's short name. */
@TemplateExtension
public final class Times {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private Times() {
    }

    /** "Tue 1 Dec, 16:30 CET". */
    public static String at(OffsetDateTime time, ZoneId zone) {
        if (time == null) {
            return "";
        }
        var local = time.atZoneSameInstant(zone);
        return DAY_AND_TIME.format(local) + " " + ZONE.format(local);
    }

    public static String at(Instant time, ZoneId zone) {
        return time == null ? "" : at(time.atZone(zone).toOffsetDateTime(), zone);
    }

    /** "16:30", in the zone the time already carries (the service rendered it in the viewer's zone). */
    public static String clock(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public static String iso(OffsetDateTime time) {
        return time == null ? "" : time.toString();
    }

    public static String iso(Instant time) {
        return time == null ? "" : time.toString();
    }
}
