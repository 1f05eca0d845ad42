package dev.workshops.notification;

import dev.workshops.infra.RealInfra;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** What the real SMTP server (GreenMail) received, read the way a mail client would. */
public final class MailBox {

    private MailBox() {
    }

    public static List<MimeMessage> to(String email) {
        return RealInfra.smtp().receivedBy(email);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /**
     * The plain text without its links: what the email says in words. Links into the portal carry ids (a workshop's,
     * a submission's), which the words must never use to name anything.
     */
    public static String words(MimeMessage message) {
        return text(message).replaceAll("https?://\\S+", "");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The iCalendar attachment, parsed and validated with ical4j. */
    public static net.fortuna.ical4j.model.Calendar calendar(MimeMessage message) {
        try {
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                    .build(new java.io.StringReader(part(message, "text/calendar")));
            calendar.validate();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String part(MimeMessage message, String type) {
        try {
            String found = find(message, type);
            if (found == null) {
                throw new AssertionError("no " + type + " part");
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof java.io.InputStream stream
                    ? new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : content.toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
