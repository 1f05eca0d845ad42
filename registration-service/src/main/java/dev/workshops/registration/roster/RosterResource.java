package dev.workshops.registration.roster;

import dev.workshops.registration.registration.RegistrationView;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The organizer's side of {@code /registrations} (the attendee's is RegistrationResource, same path). */
@Path("/api/workshops/{id}/registrations")
@RolesAllowed(Roles.ORGANIZER)
public class RosterResource {

    private final RosterService roster;

    public RosterResource(RosterService roster) {
        this.roster = roster;
    }

    @GET
    public Uni<Page<RegistrationView>> list(@PathParam("id") String workshopId, @Valid @BeanParam RosterFilter filter,
            @Valid @BeanParam PageRequest paging) {
        return roster.list(workshopId, filter, paging);
    }

    @GET
    @Path("stats")
    public Uni<RegistrationStats> stats(@PathParam("id") String workshopId) {
        return roster.stats(workshopId);
    }
}
