package dev.workshops.portal.registration;

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
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** My registration: register, see the status and waitlist position, answer an offer, switch mode, cancel, the ticket. */
@Path("/workshops/{id}/registration")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class RegistrationPages extends PortalPages {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance registration(Workshop workshop, Registration registration);

        static native TemplateInstance cancel(Workshop workshop, Registration registration);
    }

    public RegistrationPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    public TemplateInstance mine(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        Optional<Registration> registration = services.find(Service.REGISTRATION, me(id), Registration.class);
        return Templates.registration(workshop, registration.orElse(null));
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
        return forms.answer(csrf, back(id), () -> {
            Registration made = services.post(Service.REGISTRATION, "/api/workshops/" + enc(id) + "/registrations", body, Registration.class);
            return "You are registered " + made.modeWords() + ": " + made.statusWords() + ".";
        });
    }

    @POST
    @Path("mode")
    public Response switchMode(@PathParam("id") String id, @FormParam("mode") String mode, @FormParam("csrf") String csrf) {
        return forms.answer(csrf, back(id), () -> {
            Registration now = services.put(Service.REGISTRATION, me(id) + "/mode", Map.of("mode", mode == null ? "" : mode), Registration.class);
            return "You now attend " + now.modeWords() + ": " + now.statusWords() + ".";
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
        Workshop workshop = services.workshop(id);
        Registration registration = services.get(Service.REGISTRATION, me(id), Registration.class);
        return Templates.cancel(workshop, registration);
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
