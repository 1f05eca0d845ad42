package dev.workshops.schedule.workshop;

import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/api/workshops")
public class WorkshopResource {

    private final WorkshopService workshops;
    private final PublicLinks links;

    public WorkshopResource(WorkshopService workshops, PublicLinks links) {
        this.workshops = workshops;
        this.links = links;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<Response> create(@Valid @NotNull WorkshopRequest request) {
        return workshops.create(request)
                .map(created -> Response.created(links.at("/api/workshops/{id}", created.id())).entity(created).build());
    }

    @GET
    @PermitAll
    public Uni<Page<WorkshopView>> list(@Valid @BeanParam PageRequest paging) {
        return workshops.list(paging);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Uni<WorkshopView> get(@PathParam("id") String id) {
        return workshops.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<WorkshopView> update(@PathParam("id") String id, @Valid @NotNull WorkshopRequest request) {
        return workshops.update(id, request);
    }
}
