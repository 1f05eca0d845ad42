package dev.workshops.notification.unsubscribe;

import dev.workshops.notification.delivery.Deliveries.Concern;
import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One-click opt-out links of bulk emails (RFC 8058): whose preferences and which kind of message, signed with
 * {@code workshop.notification.unsubscribe-key}. The link is the credential (no login: a mail provider posts to it
 * on the person's behalf), so it names nothing a reader could change without the key; it does not expire, because
 * the email it sits in does not either, and using it twice only turns off what is already off.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** What a genuine link says: the preferences it changes and the kind of message it turns off. */
    public record Claims(String owner, Concern concern) {
    }

    static final String PATH = "/api/notifications/unsubscribe/{token}";

    private final SignedTokens signed;
    private final PublicLinks links;

    public UnsubscribeLinks(PublicLinks links, @ConfigProperty(name = "workshop.notification.unsubscribe-key") String key) {
        this.links = links;
        this.signed = new SignedTokens("U1.", key, 16, 1024);
    }

    /** The https address a mail provider posts {@code List-Unsubscribe=One-Click} to (and a person may open). */
    public String of(String owner, Concern concern) {
        if (!concern.bulk()) {
            throw new IllegalArgumentException(concern + " messages carry no opt-out");
        }
        return links.to(PATH, signed.sign((concern.name() + ":" + owner).getBytes(StandardCharsets.UTF_8)));
    }

    /** The claims of a genuine token; empty for anything malformed, forged or altered. */
    public Optional<Claims> verify(String token) {
        return signed.verify(token).map(payload -> new String(payload, StandardCharsets.UTF_8)).flatMap(text -> {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Concern.bulkNamed(text.substring(0, colon)).map(concern -> new Claims(text.substring(colon + 1), concern));
        });
    }
}
