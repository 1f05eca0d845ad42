package dev.workshops.schedule.session;

import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * A workshop's draft: adding sessions and reading them all, cancelled ones included. Each path gets its own
 * class: a class at {@code /api/workshops/{id}} would hide WorkshopResource's {@code GET /api/workshops/{id}}.
 */
@Path("/api/workshops/{id}/sessions")
@RolesAllowed(Roles.ORGANIZER)
public class DraftResource {

    private final SessionService sessions;
    private final PublicLinks links;

    public DraftResource(SessionService sessions, PublicLinks links) {
        this.sessions = sessions;
        this.links = links;
    }

    @POST
    public Uni<Response> create(@PathParam("id") String workshopId, @Valid @NotNull SessionRequest request) {
        return sessions.create(workshopId, request)
                .map(created -> Response.created(links.at("/api/sessions/{sessionId}", created.id())).entity(created).build());
    }

    @Path("/api/workshops/{id}/draft")
    @RolesAllowed(Roles.ORGANIZER)
    public static class Whole {

        private final SessionService sessions;

        public Whole(SessionService sessions) {
            this.sessions = sessions;
        }

        @GET
        public Uni<Draft> draft(@PathParam("id") String workshopId) {
            return sessions.draft(workshopId);
        }
    }
}
