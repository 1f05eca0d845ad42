package dev.workshops.schedule.session;

import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/** One draft session. (Sessions are created through {@link DraftResource}.) */
@Path("/api/sessions/{sessionId}")
@RolesAllowed(Roles.ORGANIZER)
public class SessionResource {

    private final SessionService sessions;

    public SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @PUT
    public Uni<SessionView> update(@PathParam("sessionId") UUID sessionId, @Valid @NotNull SessionRequest request) {
        return sessions.update(sessionId, request);
    }

    @DELETE
    public Uni<Void> cancel(@PathParam("sessionId") UUID sessionId) {
        return sessions.cancel(sessionId);
    }
}
