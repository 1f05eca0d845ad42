package dev.workshops.registration.registration;

import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/workshops/{id}/registrations")
@RolesAllowed(Roles.ATTENDEE)
public class RegistrationResource {

    private final RegistrationService registrations;
    private final JsonWebToken token;

    public RegistrationResource(RegistrationService registrations, JsonWebToken token) {
        this.registrations = registrations;
        this.token = token;
    }

    @POST
    public Uni<Response> register(@PathParam("id") String workshopId, @Valid @NotNull RegisterRequest request) {
        return registrations.register(workshopId, Caller.of(token), request)
                .map(created -> Response.created(URI.create("/api/workshops/" + workshopId + "/registrations/me"))
                        .entity(created).build());
    }

    @GET
    @Path("me")
    public Uni<RegistrationView> mine(@PathParam("id") String workshopId) {
        return registrations.mine(workshopId, Caller.of(token));
    }

    @DELETE
    @Path("me")
    public Uni<RegistrationView> cancel(@PathParam("id") String workshopId) {
        return registrations.cancel(workshopId, Caller.of(token));
    }
}
