package dev.workshops.support.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

/** iCalendar text (RFC 5545) through ical4j; times are written in UTC, which every calendar converts itself. */
public final class CalendarWriter {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    private static final String PRODUCT = "-//Workshop operations platform//schedule-service//EN";

    private CalendarWriter() {
    }

    /** {@code writtenAt} is each event's DTSTAMP: when this copy of the calendar was made. */
    public static String write(String name, Instant writtenAt, List<CalendarEntry> entries) {
        Instant stamp = writtenAt.truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT).withDefaults().withProperty(new XProperty("X-WR-CALNAME", name));
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.summary());
            event.add(new Uid(entry.uid()));
            event.add(new Sequence(entry.sequence()));
            event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            event.replace(new DtStamp(stamp));
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null && !entry.description().isBlank()) {
                event.add(new Description(entry.description()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
