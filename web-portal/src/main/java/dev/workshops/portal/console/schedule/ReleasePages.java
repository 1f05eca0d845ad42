package dev.workshops.portal.console.schedule;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Before publishing, the change log the release would carry (schedule-service computes it as the release would,
 * and writes nothing); then publishing it as the next version, with an optional comment. Attendees who starred a
 * changed session are told by notification-service.
 */
@Path("/console/workshops/{id}/release")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ReleasePages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance release(Workshop workshop, ReleasePreview preview, String comment, String problem);
    }

    private final Portal portal;

    public ReleasePages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance preview(@PathParam("id") String id) {
        return Templates.release(services.workshop(id), previewOf(id), "", null);
    }

    @POST
    public Response publish(@PathParam("id") String id, @FormParam("comment") String comment, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        Map<String, Object> body = new LinkedHashMap<>();
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment.strip());
        }
        try {
            ReleasePreview.Released released = services.post(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/schedule/releases",
                    body, ReleasePreview.Released.class);
            int count = released.changes().size();
            portal.tell("Version " + released.version() + " is published with " + count + (count == 1 ? " change." : " changes."));
            return Response.seeOther(URI.create("/console/workshops/" + enc(id) + "/release")).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.release(workshop, previewOf(id), comment == null ? "" : comment, problem.sentence()));
        }
    }

    private ReleasePreview previewOf(String id) {
        return services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/schedule/draft/changes", ReleasePreview.class);
    }
}
