package dev.workshops.portal.submissions;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The public list of a workshop's accepted papers: talks first, then posters, each with its authors and final PDF. */
@Path("/workshops/{id}/papers")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class AcceptedPaperPages extends PortalPages {

    @CheckedTemplate(basePath = "submissions")
    static class Templates {
        static native TemplateInstance papers(Workshop workshop, List<AcceptedPapers.Group> groups);
    }

    public AcceptedPaperPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    @PermitAll
    public TemplateInstance papers(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        AcceptedPapers papers = services.find(Service.SUBMISSIONS, AcceptedPapers.path(id), AcceptedPapers.class).orElse(new AcceptedPapers(List.of(), 0));
        return Templates.papers(workshop, papers.groups());
    }
}
