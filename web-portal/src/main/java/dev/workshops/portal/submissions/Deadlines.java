package dev.workshops.portal.submissions;

import dev.workshops.events.CallChanged;
import dev.workshops.portal.web.LocalTimes;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How pages say a call's deadlines: Anywhere on Earth (UTC−12, where the day ends last), in UTC, as the chair
 * entered them, and in the reader's zone ({@code Times.at}).
 */
@TemplateExtension
public final class Deadlines {

    private static final String AOE = CallChanged.Deadline.AOE;
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter AS_ENTERED = DateTimeFormatter.ofPattern("HH:mm 'on' EEE d MMMM yyyy", Locale.ENGLISH);

    /** AoE first, then UTC, then the IANA regions: what a chair may enter a deadline in. */
    static final List<String> ZONES = zones();

    private Deadlines() {
    }

    /** "Fri 25 September 2026, 23:59 AoE". */
    public static String aoe(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH)) + " " + AOE;
    }

    /** "Sat 26 September 2026, 11:59 UTC". */
    public static String utc(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /** As the chair entered it: "23:59 AoE on Fri 25 September 2026". */
    public static String words(Call.Deadline deadline) {
        if (deadline == null) {
            return "";
        }
        return AS_ENTERED.format(deadline.date().atTime(deadline.time())).replaceFirst(" on ", " " + deadline.zone() + " on ");
    }

    /**
     * What is left before a deadline, in words a reader takes in at once: "6 days, 3 hours", "5 hours, 20 minutes",
     * "12 minutes", "less than a minute"; empty once it is past. portal.js counts the same way in the page.
     */
    public static String left(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return "";
        }
        long days = remaining.toDays();
        long hours = remaining.toHoursPart();
        long minutes = remaining.toMinutesPart();
        if (days > 0) {
            return count(days, "day") + ", " + count(hours, "hour");
        }
        if (hours > 0) {
            return count(hours, "hour") + ", " + count(minutes, "minute");
        }
        return minutes > 0 ? count(minutes, "minute") : "less than a minute";
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** Whether the deadline was entered in AoE (the page then need not say it twice). */
    public static boolean inAoe(Call.Deadline deadline) {
        return deadline != null && AOE.equals(deadline.zone());
    }

    private static List<String> zones() {
        List<String> zones = new ArrayList<>(List.of(AOE));
        zones.addAll(LocalTimes.ZONES);
        return List.copyOf(zones);
    }
}
