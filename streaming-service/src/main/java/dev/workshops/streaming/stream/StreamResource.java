package dev.workshops.streaming.stream;

import dev.workshops.support.security.Roles;
import dev.workshops.streaming.watch.WatchService;
import dev.workshops.support.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

    /** Body of PUT .../stream/recording. */
    public record RecordingRequest(@NotBlank @Size(max = 2048) String recordingUrl) {
    }

    private final StreamService streams;
    private final WatchService watching;
    private final JsonWebToken token;

    public StreamResource(StreamService streams, WatchService watching, JsonWebToken token) {
        this.streams = streams;
        this.watching = watching;
        this.token = token;
    }

    @POST
    @Path("sessions/{sessionId}/stream/live")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<OrganizerStreamView> goLive(@PathParam("sessionId") UUID sessionId) {
        return streams.goLive(sessionId);
    }

    @POST
    @Path("sessions/{sessionId}/stream/end")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<OrganizerStreamView> end(@PathParam("sessionId") UUID sessionId) {
        return streams.end(sessionId);
    }

    @PUT
    @Path("sessions/{sessionId}/stream/recording")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<OrganizerStreamView> recording(@PathParam("sessionId") UUID sessionId, @Valid @NotNull RecordingRequest request) {
        return streams.recording(sessionId, request.recordingUrl());
    }

    @POST
    @Path("sessions/{sessionId}/stream/join")
    @RolesAllowed(Roles.ATTENDEE)
    public Uni<WatchService.Join> join(@PathParam("sessionId") UUID sessionId) {
        return watching.join(sessionId, Caller.of(token));
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
