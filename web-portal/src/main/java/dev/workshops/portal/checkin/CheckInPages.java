package dev.workshops.portal.checkin;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.registration.Registration;
import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
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
import java.time.Instant;
import java.util.Map;

/**
 * The door: staff type (or scan) a ticket code and read the answer from across the desk. The result is rendered
 * straight from the POST: sending the same code again only gets "already checked in".
 */
@Path("/workshops/{id}/check-in")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CheckInPages extends PortalPages {

    /** What registration-service answers to a check-in. */
    public record CheckIn(Registration registration, Instant checkedInAt) {
    }

    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance checkIn(Workshop workshop, Outcome outcome);
    }

    public CheckInPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    public TemplateInstance desk(@PathParam("id") String id) {
        return page(id, null);
    }

    @POST
    public TemplateInstance checkIn(@PathParam("id") String id, @FormParam("ticketCode") String ticketCode, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Outcome outcome;
        try {
            CheckIn done = services.post(Service.REGISTRATION, "/api/workshops/" + enc(id) + "/check-ins",
                    Map.of("ticketCode", ticketCode == null ? "" : ticketCode.strip()), CheckIn.class);
            outcome = Outcome.admitted(done.registration().name());
        } catch (ServiceProblem problem) {
            outcome = Outcome.refused(problem);
        }
        return page(id, outcome);
    }

    private TemplateInstance page(String id, Outcome outcome) {
        return Templates.checkIn(services.workshop(id), outcome);
    }
}
