package dev.workshops.streaming.stream;

import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

@Path("/api")
public class StreamResource {

    private final StreamService streams;

    public StreamResource(StreamService streams) {
        this.streams = streams;
    }

    @PUT
    @Path("sessions/{sessionId}/stream")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<OrganizerStreamView> configure(@PathParam("sessionId") UUID sessionId, @Valid @NotNull StreamRequest request) {
        return streams.configure(sessionId, request);
    }

    @GET
    @Path("workshops/{id}/streams")
    @RolesAllowed({Roles.ATTENDEE, Roles.ORGANIZER})
    public Uni<List<StreamListing>> list(@PathParam("id") String workshopId) {
        return streams.listFor(workshopId);
    }
}
