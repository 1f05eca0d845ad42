package dev.workshops.portal.checkin;

import static dev.workshops.portal.workshops.WorkshopPages.enc;

import dev.workshops.portal.registration.Registration;
import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.Times;
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
import java.time.Instant;
import java.util.Map;

/**
 * The door: staff type (or scan) a ticket code and read the answer from across the desk. The result is rendered
 * straight from the POST: sending the same code again only gets "already checked in".
 */
@Path("/workshops/{id}/check-in")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CheckInPages {

    /** What registration-service answers to a check-in. */
    public record CheckIn(Registration registration, Instant checkedInAt) {
    }

    private final ServiceCalls services;
    private final Portal portal;
    private final Forms forms;
    private final Template page;

    public CheckInPages(ServiceCalls services, Portal portal, Forms forms, @Location("check-in.html") Template page) {
        this.services = services;
        this.portal = portal;
        this.forms = forms;
        this.page = page;
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
            outcome = new Outcome(true, "Checked in", done.registration().name() + " — welcome!");
        } catch (ServiceProblem problem) {
            Workshop workshop = workshop(id);
            String detail = problem.member("checkedInAt").map(Instant::parse)
                    .map(first -> "Already checked in at " + Times.at(first, portal.zone(workshop.timezone())) + ".")
                    .orElse(problem.sentence());
            String headline = switch (problem.status()) {
                case 409 -> problem.member("checkedInAt").isPresent() ? "Already checked in" : "Not admitted";
                case 400 -> "Not a valid ticket";
                case 404 -> "Unknown ticket";
                case 403 -> "Not allowed";
                default -> "Try again";
            };
            outcome = new Outcome(false, headline, detail);
        }
        return page(id, outcome);
    }

    private Workshop workshop(String id) {
        return services.get(Service.SCHEDULE, "/api/workshops/" + enc(id), Workshop.class);
    }

    private TemplateInstance page(String id, Outcome outcome) {
        Workshop workshop = workshop(id);
        return page.data("workshop", workshop).data("outcome", outcome).data("tab", "check-in")
                .data("zone", portal.zone(workshop.timezone()));
    }
}
