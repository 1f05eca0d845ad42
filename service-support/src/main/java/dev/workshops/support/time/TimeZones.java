package dev.workshops.support.time;

import dev.workshops.support.problem.ProblemException;
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

    /** The zone named in request field {@code field}, or a 400 problem naming that field. */
    public static ZoneId require(String zone, String field) {
        if (!isRegion(zone)) {
            throw ProblemException.invalid(field, EXPECTATION);
        }
        return ZoneId.of(zone);
    }
}
