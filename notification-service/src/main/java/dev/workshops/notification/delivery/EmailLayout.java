package dev.workshops.notification.delivery;

import dev.workshops.events.RegistrationChanged.Mode;
import dev.workshops.events.WorkshopSummary;
import dev.workshops.notification.delivery.Deliveries.Concern;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.preferences.RecipientPreferences;
import dev.workshops.notification.unsubscribe.UnsubscribeLinks;
import dev.workshops.support.registrations.AttendeeKey;
import dev.workshops.support.registrations.HeldRegistration;
import dev.workshops.support.workshops.KnownWorkshop;
import io.quarkus.qute.RawString;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every email says around its message (templates {@code email.txt} and {@code email.html}): the workshop's
 * dates in the reader's zone (theirs from their preferences, else the workshop's, and which one it is), where it
 * takes place (its venue, unless the reader takes part online), a link to the portal page the notice is about, one to
 * their preferences and, for bulk messages, a one-click opt-out of that kind of message. Links start with the
 * portal's configured address ({@code workshop.notification.portal-address}), never with anything a request said.
 */
@ApplicationScoped
public class EmailLayout {

    /** The email's two parts and, for a bulk message, its {@code List-Unsubscribe} address. */
    public record Email(String text, String html, String listUnsubscribe) {
    }

    private final Messages messages;
    private final UnsubscribeLinks unsubscribe;
    private final URI portal;

    public EmailLayout(Messages messages, UnsubscribeLinks unsubscribe,
            @ConfigProperty(name = "workshop.notification.portal-address") URI portal) {
        this.messages = messages;
        this.unsubscribe = unsubscribe;
        this.portal = portal;
    }

    /**
     * {@code message} laid out for {@code owner} (whose {@code preferences} decide the zone; null: defaults), inside
     * the session of the transaction that records it.
     */
    public Uni<Email> lay(Messages.Message message, String workshopId, String owner, RecipientPreferences preferences, Concern concern) {
        PortalPage page = message.page();
        if (page == null) {
            throw new IllegalStateException("a notice must say which portal page it concerns (Message.about)");
        }
        Uni<KnownWorkshop> known = workshopId == null ? Uni.createFrom().<KnownWorkshop>nullItem()
                : KnownWorkshop.<KnownWorkshop>findById(workshopId);
        return known.flatMap(held -> {
            WorkshopSummary workshop = message.workshop() != null ? message.workshop() : held == null ? null : held.summary();
            String venue = workshop != null && workshop.venue() != null ? workshop.venue() : held == null ? null : held.venue;
            return attendance(workshopId, owner, venue).map(where -> {
                boolean personal = preferences != null && preferences.timezone != null;
                ZoneId zone = personal ? ZoneId.of(preferences.timezone) : Messages.zoneOf(workshop);
                String optOut = concern.bulk() && owner != null ? unsubscribe.of(owner, concern) : null;
                Map<String, Object> data = new HashMap<>();
                data.put("subject", message.subject());
                data.put("workshop", Messages.workshopName(workshop));
                data.put("when", workshop == null ? null : Messages.span(workshop.startsAt(), workshop.endsAt(), zone));
                data.put("personalZone", personal);
                data.put("where", where);
                data.put("pageLabel", page.label());
                // A schedule opens in the reader's own zone; without one, in whatever the portal would choose for them.
                data.put("pageUrl", page.on(portal, personal ? zone : null).toString());
                data.put("preferencesUrl", PortalPage.preferences().on(portal, null).toString());
                data.put("optOutUrl", optOut);
                data.put("optOutWhat", concern.described());
                data.put("body", message.text().strip());
                String text = messages.renderPart("email.txt", data);
                data.put("body", new RawString(message.html().strip()));
                return new Email(text, messages.renderPart("email.html", data), optOut);
            });
        });
    }

    /** Where the reader goes: the venue, or online for someone registered online; nothing when there is no venue. */
    private static Uni<String> attendance(String workshopId, String owner, String venue) {
        if (venue == null || workshopId == null || owner == null) {
            return Uni.createFrom().item(venue);
        }
        return HeldRegistration.<HeldRegistration>findById(new AttendeeKey(workshopId, owner))
                .map(registration -> registration != null && registration.isActive() && registration.mode == Mode.VIRTUAL
                        ? "online (you take part online)" : venue);
    }
}
