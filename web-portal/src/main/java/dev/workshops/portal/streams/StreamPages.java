package dev.workshops.portal.streams;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
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
public class StreamPages extends PortalPages {

    /** The answer to a join: the personal, expiring link. */
    public record Join(String watchUrl, Instant expiresAt) {
    }

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance streams(Workshop workshop, List<StreamListing> streams);
    }

    public StreamPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    public TemplateInstance streams(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        List<StreamListing> streams = Arrays.stream(services.get(Service.STREAMING, "/api/workshops/" + enc(id) + "/streams", StreamListing[].class))
                .sorted(Comparator.comparing((StreamListing s) -> !s.live()).thenComparing(StreamListing::startsAt))
                .toList();
        return Templates.streams(workshop, streams);
    }

    /** 303 to the watch link, which the streaming service redirects to the playback; a refusal comes back as a sentence. */
    @POST
    @Path("{session}/join")
    public Response join(@PathParam("id") String id, @PathParam("session") UUID session, @FormParam("csrf") String csrf) {
        return forms.follow(csrf, "/workshops/" + enc(id) + "/streams", () -> URI.create(
                services.post(Service.STREAMING, "/api/sessions/" + session + "/stream/join", null, Join.class).watchUrl()));
    }
}
