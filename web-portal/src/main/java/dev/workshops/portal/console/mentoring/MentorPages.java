package dev.workshops.portal.console.mentoring;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Choice;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The mentor's console for one workshop (schedule-service): their open slots in time order with who booked each,
 * publishing a slot, cancelling one (which cancels its bookings; the people booked are told). An organizer sees every
 * mentor's slots here, as the service answers them. Times are typed and shown in the workshop's zone.
 */
@RolesAllowed({"mentor", "organizer"})
@Path("/console/workshops/{id}/mentoring")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MentorPages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance mentoring(Workshop workshop, List<MentorSlot> slots, SlotForm form, List<Choice> formats,
                List<Choice> audiences, String problem);
    }

    private final Portal portal;

    public MentorPages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance slots(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        return Templates.mentoring(workshop, slotsOf(id), SlotForm.first(), SlotForm.FORMATS, SlotForm.AUDIENCES, null);
    }

    @POST
    @Path("slots")
    public Response publish(@PathParam("id") String id, @FormParam("startsAt") String startsAt, @FormParam("endsAt") String endsAt,
            @FormParam("topic") String topic, @FormParam("capacity") String capacity, @FormParam("format") String format,
            @FormParam("meetingUrl") String meetingUrl, @FormParam("location") String location,
            @FormParam("audience") String audience, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        SlotForm form = SlotForm.typed(startsAt, endsAt, topic, capacity, format, meetingUrl, location, audience);
        try {
            services.post(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/mentoring/slots", form.body(workshop.zone()), Object.class);
            portal.tell("“" + form.topic().strip() + "” is published: attendees can book it now.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.mentoring(workshop, slotsOrNone(id), form, SlotForm.FORMATS, SlotForm.AUDIENCES,
                    problem.sentence()));
        }
    }

    /** Cancelling needs no confirmation page: the service tells each person booked, and the slot can be published again. */
    @POST
    @Path("slots/{slot}/cancel")
    public Response cancel(@PathParam("id") String id, @PathParam("slot") UUID slot, @FormParam("csrf") String csrf) {
        return forms.act(csrf, pageOf(id), "The slot is cancelled; everyone booked on it is told.",
                () -> services.delete(Service.SCHEDULE, "/api/mentoring/slots/" + slot, Void.class));
    }

    private List<MentorSlot> slotsOf(String id) {
        return Arrays.asList(services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/mentoring/slots/mine", MentorSlot[].class));
    }

    /** The slots beside a refused form; a schedule-service that cannot answer them shows none. */
    private List<MentorSlot> slotsOrNone(String id) {
        try {
            return slotsOf(id);
        } catch (ServiceProblem unavailable) {
            return List.of();
        }
    }

    static String pageOf(String id) {
        return "/console/workshops/" + enc(id) + "/mentoring";
    }
}
