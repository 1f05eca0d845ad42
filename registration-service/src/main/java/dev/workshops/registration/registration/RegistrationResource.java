package dev.workshops.registration.registration;

import dev.workshops.registration.ticket.TicketImages;
import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/workshops/{id}/registrations")
@RolesAllowed(Roles.ATTENDEE)
public class RegistrationResource {

    private final RegistrationService registrations;
    private final JsonWebToken token;
    private final PublicLinks links;

    public RegistrationResource(RegistrationService registrations, JsonWebToken token, PublicLinks links) {
        this.registrations = registrations;
        this.links = links;
        this.token = token;
    }

    @POST
    public Uni<Response> register(@PathParam("id") String workshopId, @Valid @NotNull RegisterRequest request) {
        return registrations.register(workshopId, Caller.of(token), request)
                .map(created -> Response.created(links.at("/api/workshops/{id}/registrations/me", workshopId))
                        .entity(created).build());
    }

    @GET
    @Path("me")
    public Uni<RegistrationView> mine(@PathParam("id") String workshopId) {
        return registrations.mine(workshopId, Caller.of(token));
    }

    @PUT
    @Path("me/mode")
    public Uni<RegistrationView> switchMode(@PathParam("id") String workshopId, @Valid @NotNull ModeRequest request) {
        return registrations.switchMode(workshopId, Caller.of(token), request.mode());
    }

    @POST
    @Path("me/offer/accept")
    public Uni<RegistrationView> acceptOffer(@PathParam("id") String workshopId) {
        return registrations.acceptOffer(workshopId, Caller.of(token));
    }

    @POST
    @Path("me/offer/decline")
    public Uni<RegistrationView> declineOffer(@PathParam("id") String workshopId) {
        return registrations.declineOffer(workshopId, Caller.of(token));
    }

    @GET
    @Path("me/ticket.png")
    @Produces("image/png")
    public Uni<byte[]> ticket(@PathParam("id") String workshopId) {
        return registrations.mine(workshopId, Caller.of(token)).map(mine -> {
            if (mine.ticketCode() == null) {
                throw ProblemException.notFound("Only a confirmed in-person registration has a ticket.");
            }
            return TicketImages.qrPng(mine.ticketCode());
        });
    }

    @DELETE
    @Path("me")
    public Uni<RegistrationView> cancel(@PathParam("id") String workshopId) {
        return registrations.cancel(workshopId, Caller.of(token));
    }
}
