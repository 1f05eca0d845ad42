package dev.workshops.schedule.star;

import dev.workshops.schedule.mentoring.BookingView;
import dev.workshops.schedule.session.SessionView;
import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/workshops/{id}/agenda/me")
@RolesAllowed(Roles.ATTENDEE)
public class AgendaResource {

    /** api.md: starred sessions and mentoring bookings, plus the secret personal feed's URL. */
    public record AgendaView(String workshopId, String timezone, List<SessionView> sessions, List<BookingView> mentoring,
            String icsUrl) {
    }

    private final AgendaService agendas;
    private final JsonWebToken token;
    private final PublicLinks links;

    public AgendaResource(AgendaService agendas, JsonWebToken token, PublicLinks links) {
        this.agendas = agendas;
        this.token = token;
        this.links = links;
    }

    @GET
    public Uni<AgendaView> mine(@PathParam("id") String workshopId, @QueryParam("tz") String tz) {
        return agendas.mine(workshopId, Caller.of(token), tz).map(mine -> new AgendaView(mine.workshopId(), mine.timezone(),
                mine.sessions(), mine.mentoring(), links.to("/api/calendar/{token}.ics", mine.feedToken())));
    }
}
