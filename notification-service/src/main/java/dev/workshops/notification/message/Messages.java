package dev.workshops.notification.message;

import dev.workshops.events.CallChanged;
import dev.workshops.events.WorkshopSummary;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a kind of message from its two Qute templates in {@code templates/}: {@code <kind>.txt} (plain text,
 * with the subject as its {@code subject} fragment) and {@code <kind>.html} (HTML: Qute escapes every value).
 */
@ApplicationScoped
public class Messages {

    /**
     * A rendered message; {@code calendar} is an optional iCalendar attachment. Its email also names {@code workshop}
     * (as the fact carries it; {@code null}: as this service heard of it) and links to {@code page}, which every
     * notice must say ({@link #about}) before it is told.
     */
    public record Message(String subject, String text, String html, String calendar, WorkshopSummary workshop, PortalPage page) {

        public Message withCalendar(String ics) {
            return new Message(subject, text, html, ics, workshop, page);
        }

        /** The workshop the notice is about and the portal page it concerns. */
        public Message about(WorkshopSummary of, PortalPage on) {
            return new Message(subject, text, html, calendar, of, on);
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Engine engine;

    public Messages(Engine engine) {
        this.engine = engine;
    }

    public Message render(String kind, Map<String, Object> data) {
        Template text = template(kind + ".txt");
        Template html = template(kind + ".html");
        return new Message(text.getFragment("subject").data(data).render().strip(),
                text.data(data).render().strip() + "\n", html.data(data).render().strip() + "\n", null, null, null);
    }

    /** A template that is not a kind of message (the email's layout), rendered with {@code data}. */
    public String renderPart(String name, Map<String, Object> data) {
        return template(name).data(data).render().strip() + "\n";
    }

    /** A moment as people read it, in their zone, naming the zone: {@code Tue 8 Dec 2026, 10:00 (Europe/Vienna)}. */
    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? null : WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /**
     * From {@code start} to {@code end} in {@code zone}, naming it: {@code Tue 8 Dec 2026, 09:00–17:00 (Europe/Vienna)}
     * within one day, else {@code Tue 8 Dec 2026, 09:00 – Thu 10 Dec 2026, 17:00 (Europe/Vienna)}.
     */
    public static String span(Instant start, Instant end, ZoneId zone) {
        if (start == null || end == null) {
            return null;
        }
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? "–" + HOUR.format(to) : " – " + WHEN.format(to);
        return WHEN.format(from) + until + " (" + zone.getId() + ")";
    }

    /** The same moment Anywhere on Earth, as deadlines are read: {@code Fri 25 Sep 2026, 23:59 (AoE)}. */
    public static String whenAoE(Instant instant) {
        return instant == null ? null : WHEN.format(instant.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH)) + " (AoE)";
    }

    /**
     * How a notice names a workshop: its title, never its id (which means nothing to people). Only an old fact
     * that does not carry the workshop, read before the workshop's own fact arrived, has no title to give.
     */
    public static String workshopName(WorkshopSummary workshop) {
        return workshopName(workshop == null ? null : workshop.title());
    }

    public static String workshopName(String title) {
        return title == null ? "your workshop" : title;
    }

    /** The zone a workshop's times are shown in when the person has not chosen one. */
    public static ZoneId zoneOf(WorkshopSummary workshop) {
        return zoneOf(workshop == null ? null : workshop.timezone());
    }

    public static ZoneId zoneOf(String timezone) {
        return timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
    }

    private Template template(String name) {
        Template template = engine.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("no message template " + name);
        }
        return template;
    }
}
