package dev.workshops.schedule.site;

import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/workshops/{id}/site")
public class SiteResource {

    private final SiteService sites;

    public SiteResource(SiteService sites) {
        this.sites = sites;
    }

    @GET
    @PermitAll
    public Uni<SiteView> get(@PathParam("id") String id) {
        return sites.get(id);
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<SiteView> replace(@PathParam("id") String id, @Valid @NotNull SiteRequest request) {
        return sites.replace(id, request);
    }
}
