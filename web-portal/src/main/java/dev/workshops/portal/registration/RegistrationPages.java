package dev.workshops.portal.registration;

import static dev.workshops.portal.workshops.WorkshopPages.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
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
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** My registration: register, see the status and waitlist position, answer an offer, switch mode, cancel, the ticket. */
@Path("/workshops/{id}/registration")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class RegistrationPages {

    private final ServiceCalls services;
    private final Portal portal;
    private final Forms forms;
    private final Template page;
    private final Template cancelPage;

    public RegistrationPages(ServiceCalls services, Portal portal, Forms forms, @Location("registration.html") Template page,
            @Location("cancel.html") Template cancelPage) {
        this.services = services;
        this.portal = portal;
        this.forms = forms;
        this.page = page;
        this.cancelPage = cancelPage;
    }

    @GET
    public TemplateInstance mine(@PathParam("id") String id) {
        Workshop workshop = workshop(id);
        Optional<Registration> registration = services.find(Service.REGISTRATION, me(id), Registration.class);
        return page.data("workshop", workshop).data("registration", registration.orElse(null))
                .data("zone", portal.zone(workshop.timezone())).data("tab", "registration");
    }

    @POST
    public Response register(@PathParam("id") String id, @FormParam("mode") String mode, @FormParam("affiliation") String affiliation,
            @FormParam("dietaryNeeds") String dietaryNeeds, @FormParam("accessibilityNeeds") String accessibilityNeeds,
            @FormParam("csrf") String csrf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        putIfGiven(body, "affiliation", affiliation);
        putIfGiven(body, "dietaryNeeds", dietaryNeeds);
        putIfGiven(body, "accessibilityNeeds", accessibilityNeeds);
        return forms.act(csrf, back(id), null, () -> {
            Registration made = services.post(Service.REGISTRATION, "/api/workshops/" + enc(id) + "/registrations", body, Registration.class);
            portal.tell("You are registered " + made.modeWords() + ": " + made.statusWords() + ".");
        });
    }

    @POST
    @Path("mode")
    public Response switchMode(@PathParam("id") String id, @FormParam("mode") String mode, @FormParam("csrf") String csrf) {
        return forms.act(csrf, back(id), null, () -> {
            Registration now = services.put(Service.REGISTRATION, me(id) + "/mode", Map.of("mode", mode == null ? "" : mode), Registration.class);
            portal.tell("You now attend " + now.modeWords() + ": " + now.statusWords() + ".");
        });
    }

    @POST
    @Path("offer/accept")
    public Response accept(@PathParam("id") String id, @FormParam("csrf") String csrf) {
        return forms.act(csrf, back(id), "You accepted the seat. See you there!",
                () -> services.post(Service.REGISTRATION, me(id) + "/offer/accept", null, Registration.class));
    }

    @POST
    @Path("offer/decline")
    public Response decline(@PathParam("id") String id, @FormParam("csrf") String csrf) {
        return forms.act(csrf, back(id), "You declined the seat.",
                () -> services.post(Service.REGISTRATION, me(id) + "/offer/decline", null, Registration.class));
    }

    /** Asks before cancelling: a seat given up goes to the next person and cannot be taken back. */
    @GET
    @Path("cancel")
    public TemplateInstance confirmCancel(@PathParam("id") String id) {
        Workshop workshop = workshop(id);
        Registration registration = services.get(Service.REGISTRATION, me(id), Registration.class);
        return cancelPage.data("workshop", workshop).data("registration", registration).data("tab", "registration");
    }

    @POST
    @Path("cancel")
    public Response cancel(@PathParam("id") String id, @FormParam("csrf") String csrf) {
        return forms.act(csrf, back(id), "Your registration is cancelled.",
                () -> services.delete(Service.REGISTRATION, me(id), Registration.class));
    }

    /** The QR code of the ticket, fetched with the person's token. */
    @GET
    @Path("ticket.png")
    @Produces("image/png")
    public Response ticket(@PathParam("id") String id) {
        HttpResponse<byte[]> png = services.bytes(Service.REGISTRATION, me(id) + "/ticket.png");
        return Response.ok(png.body(), "image/png").header("Cache-Control", "private, no-store").build();
    }

    private Workshop workshop(String id) {
        return services.get(Service.SCHEDULE, "/api/workshops/" + enc(id), Workshop.class);
    }

    private static String me(String id) {
        return "/api/workshops/" + enc(id) + "/registrations/me";
    }

    private static String back(String id) {
        return "/workshops/" + enc(id) + "/registration";
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
