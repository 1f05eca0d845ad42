package dev.workshops.notification.announcement;

import dev.workshops.events.AnnouncementCreated;
import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/workshops/{id}/announcements")
@RolesAllowed(Roles.ORGANIZER)
public class AnnouncementResource {

    private final Announcements announcements;
    private final JsonWebToken token;

    public AnnouncementResource(Announcements announcements, JsonWebToken token) {
        this.announcements = announcements;
        this.token = token;
    }

    /** How many people an announcement to {@code audience} would reach now, counted as the sending picks them. */
    @GET
    @Path("audience")
    public Uni<Announcements.Reach> audience(@PathParam("id") String workshopId,
            @QueryParam("audience") @NotNull @Pattern(regexp = "ALL|IN_PERSON|VIRTUAL|WAITLISTED",
                    message = "must be ALL, IN_PERSON, VIRTUAL or WAITLISTED") String audience) {
        return announcements.reach(workshopId, AnnouncementCreated.Audience.valueOf(audience));
    }

    /** 202: accepted now, told to everyone shortly (through the `announcements` topic). */
    @POST
    // The answer is a Response (for its 202): say what its body is, or the OpenAPI document cannot.
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Announcements.Accepted.class)))
    public Uni<Response> announce(@PathParam("id") String workshopId, @Valid @NotNull AnnouncementRequest request) {
        return announcements.announce(workshopId, Caller.of(token), request)
                .map(accepted -> Response.accepted(accepted).build());
    }
}
