package dev.workshops.portal.mentoring;

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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Mentoring: the open slots, booking one, my bookings with their meeting links. */
@Path("/workshops/{id}/mentoring")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MentoringPages extends PortalPages {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance mentoring(Workshop workshop, List<Slot> slots, List<Booking> bookings);
    }

    public MentoringPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    public TemplateInstance slots(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        String base = "/api/workshops/" + enc(id) + "/mentoring";
        List<Slot> slots = Arrays.asList(services.get(Service.SCHEDULE, base + "/slots", Slot[].class));
        List<Booking> bookings = Arrays.asList(services.get(Service.SCHEDULE, base + "/bookings/me", Booking[].class));
        return Templates.mentoring(workshop, slots, bookings);
    }

    /** The service decides (registration, capacity, overlap, limit); the page repeats its answer. */
    @POST
    @Path("slots/{slot}/book")
    public Response book(@PathParam("id") String id, @PathParam("slot") UUID slot, @FormParam("csrf") String csrf) {
        return forms.act(csrf, back(id), "Booked. The meeting details are under \"My bookings\".",
                () -> services.post(Service.SCHEDULE, "/api/mentoring/slots/" + slot + "/bookings", null, Booking.class));
    }

    @POST
    @Path("bookings/{booking}/cancel")
    public Response cancel(@PathParam("id") String id, @PathParam("booking") UUID booking, @FormParam("csrf") String csrf) {
        return forms.act(csrf, back(id), "Your booking is cancelled.",
                () -> services.delete(Service.SCHEDULE, "/api/mentoring/bookings/" + booking, Void.class));
    }

    private static String back(String id) {
        return "/workshops/" + enc(id) + "/mentoring";
    }
}
