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
        return RealInfra.smtp().received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
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

    public static String html(MimeMessage message) {
        return part(message, "text/html");
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
            return part.getContent().toString();
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
