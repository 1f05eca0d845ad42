package dev.workshops.registration.checkin;

import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/workshops/{id}/check-ins")
public class CheckInResource {

    private final CheckInService checkIns;

    public CheckInResource(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ORGANIZER})
    public Uni<CheckIn> checkIn(@PathParam("id") String workshopId, @Valid @NotNull CheckInRequest request) {
        return checkIns.checkIn(workshopId, request.ticketCode());
    }
}
