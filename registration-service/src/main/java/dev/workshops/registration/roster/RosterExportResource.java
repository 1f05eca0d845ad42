package dev.workshops.registration.roster;

import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

@Path("/api/workshops/{id}/registrations.csv")
@RolesAllowed(Roles.ORGANIZER)
public class RosterExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final RosterService roster;

    public RosterExportResource(RosterService roster) {
        this.roster = roster;
    }

    @GET
    @Produces(CSV)
    public Uni<Response> export(@PathParam("id") String workshopId) {
        return roster.all(workshopId).map(registrations -> Response.ok(RosterCsv.of(registrations), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + workshopId + "-registrations.csv\"")
                .build());
    }
}
