package dev.workshops.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** A GreenMail SMTP server in this JVM that keeps every message it receives, for tests. */
public final class SmtpSink implements AutoCloseable {

    private final int port;
    private GreenMail greenMail;

    public SmtpSink(int port) {
        this.port = port;
    }

    public synchronized SmtpSink start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return this;
    }

    /** Stops accepting mail (connections are refused) until {@link #start()} again; received mail is dropped. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public int port() {
        return port;
    }

    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    /** The messages received for one address (its first recipient), oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public synchronized void purge() throws Exception {
        if (greenMail != null) {
            greenMail.purgeEmailFromAllMailboxes();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
