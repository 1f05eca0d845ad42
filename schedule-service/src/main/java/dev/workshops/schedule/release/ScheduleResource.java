package dev.workshops.schedule.release;

import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/workshops/{id}/schedule")
public class ScheduleResource {

    /** Body of a release; it may be left out. */
    public record ReleaseRequest(@Size(max = 500) String comment) {
    }

    private final ReleaseService releases;
    private final PublicLinks links;

    public ScheduleResource(ReleaseService releases, PublicLinks links) {
        this.releases = releases;
        this.links = links;
    }

    @GET
    @PermitAll
    public Uni<ReleaseViews.Schedule> schedule(@PathParam("id") String workshopId,
            @QueryParam("version") @Min(value = 1, message = "must be 1 or more") Long version,
            @QueryParam("tz") String tz) {
        return releases.schedule(workshopId, version, tz);
    }

    @GET
    @Path("changes")
    @PermitAll
    public Uni<ReleaseViews.Changes> changes(@PathParam("id") String workshopId,
            @QueryParam("since") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") long since,
            @QueryParam("tz") String tz) {
        return releases.changesSince(workshopId, since, tz);
    }

    /** What a release now would publish (the change log against the latest release), without publishing it. */
    @GET
    @Path("draft/changes")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<ReleaseViews.Preview> preview(@PathParam("id") String workshopId, @QueryParam("tz") String tz) {
        return releases.preview(workshopId, tz);
    }

    @POST
    @Path("releases")
    @RolesAllowed(Roles.ORGANIZER)
    // The answer is a Response (for its Location): say what its body is, or the OpenAPI document cannot.
    @APIResponse(responseCode = "201", description = "Released",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseViews.Released.class)))
    public Uni<Response> release(@PathParam("id") String workshopId, @Valid ReleaseRequest request) {
        return releases.release(workshopId, request == null ? null : request.comment())
                .map(released -> Response.created(UriBuilder.fromUri(links.at("/api/workshops/{id}/schedule", workshopId))
                        .queryParam("version", released.version()).build()).entity(released).build());
    }
}
