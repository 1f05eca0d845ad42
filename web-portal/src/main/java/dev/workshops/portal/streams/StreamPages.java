package dev.workshops.portal.streams;

import static dev.workshops.portal.workshops.WorkshopPages.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.workshops.Workshop;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The workshop's streams; Join asks streaming-service for a personal watch link and sends the browser to it. */
@Path("/workshops/{id}/streams")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class StreamPages {

    /** The answer to a join: the personal, expiring link. */
    public record Join(String watchUrl, Instant expiresAt) {
    }

    private final ServiceCalls services;
    private final Portal portal;
    private final Forms forms;
    private final Template page;

    public StreamPages(ServiceCalls services, Portal portal, Forms forms, @Location("streams.html") Template page) {
        this.services = services;
        this.portal = portal;
        this.forms = forms;
        this.page = page;
    }

    @GET
    public TemplateInstance streams(@PathParam("id") String id) {
        Workshop workshop = services.get(Service.SCHEDULE, "/api/workshops/" + enc(id), Workshop.class);
        List<StreamListing> streams = Arrays.stream(services.get(Service.STREAMING, "/api/workshops/" + enc(id) + "/streams", StreamListing[].class))
                .sorted(Comparator.comparing((StreamListing s) -> !s.live()).thenComparing(StreamListing::startsAt))
                .toList();
        return page.data("workshop", workshop).data("streams", streams).data("zone", portal.zone(workshop.timezone()))
                .data("tab", "streams");
    }

    /** 303 to the watch link, which the streaming service redirects to the playback; a refusal comes back as a sentence. */
    @POST
    @Path("{session}/join")
    public Response join(@PathParam("id") String id, @PathParam("session") UUID session, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        try {
            Join join = services.post(Service.STREAMING, "/api/sessions/" + session + "/stream/join", null, Join.class);
            return Response.seeOther(URI.create(join.watchUrl())).build();
        } catch (ServiceProblem problem) {
            portal.warn(problem.sentence());
            return Forms.seeOther("/workshops/" + enc(id) + "/streams");
        }
    }
}
