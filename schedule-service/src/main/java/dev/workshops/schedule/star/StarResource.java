package dev.workshops.schedule.star;

import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/sessions/{sessionId}/star")
@RolesAllowed(Roles.ATTENDEE)
public class StarResource {

    private final StarService stars;
    private final JsonWebToken token;

    public StarResource(StarService stars, JsonWebToken token) {
        this.stars = stars;
        this.token = token;
    }

    @PUT
    public Uni<Void> star(@PathParam("sessionId") UUID sessionId) {
        return stars.set(sessionId, Caller.of(token), true);
    }

    @DELETE
    public Uni<Void> unstar(@PathParam("sessionId") UUID sessionId) {
        return stars.set(sessionId, Caller.of(token), false);
    }
}
