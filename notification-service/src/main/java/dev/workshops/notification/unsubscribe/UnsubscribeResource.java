package dev.workshops.notification.unsubscribe;

import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.preferences.PreferencesService;
import dev.workshops.notification.unsubscribe.UnsubscribeLinks.Claims;
import dev.workshops.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bulk email's one-click opt-out (RFC 8058): the signed token is the credential, no login. A mail provider posts
 * {@code List-Unsubscribe=One-Click} to it and is answered 200; whatever the body says, a POST turns that kind of
 * message off, because it comes from the person's own mailbox or from them pressing the button of the GET page. A
 * GET changes nothing (link scanners and previews follow links): it explains and offers that button.
 */
@Path(UnsubscribeLinks.PATH)
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    private final UnsubscribeLinks links;
    private final PreferencesService preferences;
    private final Messages messages;
    private final URI portal;

    public UnsubscribeResource(UnsubscribeLinks links, PreferencesService preferences, Messages messages,
            @ConfigProperty(name = "workshop.notification.portal-address") URI portal) {
        this.links = links;
        this.preferences = preferences;
        this.messages = messages;
        this.portal = portal;
    }

    @GET
    public Response confirm(@PathParam("token") String token) {
        return page("unsubscribe-confirm.html", claimsOf(token));
    }

    @POST
    public Uni<Response> optOut(@PathParam("token") String token) {
        Claims claims = claimsOf(token);
        return preferences.optOut(claims.owner(), claims.concern()).map(saved -> page("unsubscribe-done.html", claims));
    }

    private Claims claimsOf(String token) {
        return links.verify(token).orElseThrow(() -> ProblemException.forbidden(
                "This opt-out link is not one we sent: it may have been cut or changed. Use the link in the email as it is, "
                        + "or change what you receive in your preferences."));
    }

    private Response page(String template, Claims claims) {
        String html = messages.renderPart(template, Map.of("what", claims.concern().described(),
                "preferencesUrl", PortalPage.preferences().on(portal, null).toString()));
        // Personal: no cache may keep it, and the token must not leak to another site through a Referer.
        return Response.ok(html).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
