package dev.workshops.support.time;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Time zones as people name them: IANA region ids such as {@code Europe/Vienna}, or {@code UTC}. */
public final class TimeZones {

    public static final String EXPECTATION = "must be an IANA time zone such as Europe/Vienna";

    private TimeZones() {
    }

    /** Offsets like {@code +02:00} and abbreviations are refused: they do not follow daylight saving time. */
    public static boolean isRegion(String zone) {
        if (zone == null || !(zone.contains("/") || zone.equals("UTC"))) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
