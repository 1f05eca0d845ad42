package dev.workshops.portal.console.announcements;

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
import java.util.List;

/**
 * Announcements to a workshop's people (notification-service): compose, then a review step that says how many people
 * the audience has now (counted by the service with the query its sending uses), then send. The pages lead through
 * the review before the send button (the send itself is an organizer's POST the service checks, as any other); the
 * review carries what was typed, so "Change it" brings it all back.
 */
@RolesAllowed("organizer")
@Path("/console/workshops/{id}/announcements")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class AnnouncementPages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance announcements(Workshop workshop, AnnouncementForm form,
                List<Choice> audiences, String problem);

        static native TemplateInstance announcementReview(Workshop workshop, AnnouncementForm form, long recipients);
    }

    /** notification-service's answer to the audience's size. */
    record Reach(String audience, long recipients) {
    }

    /** notification-service's 202. */
    record Accepted(String id, long recipients) {
    }

    private final Portal portal;

    public AnnouncementPages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance compose(@PathParam("id") String id) {
        return Templates.announcements(services.workshop(id), AnnouncementForm.first(), AnnouncementForm.AUDIENCES, null);
    }

    /** The review step: the audience's size now, and the announcement as it will go. */
    @POST
    @Path("review")
    public Response review(@PathParam("id") String id, @FormParam("subject") String subject, @FormParam("body") String body,
            @FormParam("audience") String audience, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        AnnouncementForm form = AnnouncementForm.typed(subject, body, audience);
        try {
            Reach reach = services.get(Service.NOTIFICATION, audiencePath(id, form.audience()), Reach.class);
            return Response.ok(Templates.announcementReview(workshop, form, reach.recipients()).render(), MediaType.TEXT_HTML_TYPE).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.announcements(workshop, form, AnnouncementForm.AUDIENCES, problem.sentence()));
        }
    }

    /** Back from the review to the form, everything as typed. */
    @POST
    @Path("edit")
    public TemplateInstance edit(@PathParam("id") String id, @FormParam("subject") String subject, @FormParam("body") String body,
            @FormParam("audience") String audience, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        return Templates.announcements(services.workshop(id), AnnouncementForm.typed(subject, body, audience), AnnouncementForm.AUDIENCES, null);
    }

    @POST
    @Path("send")
    public Response send(@PathParam("id") String id, @FormParam("subject") String subject, @FormParam("body") String body,
            @FormParam("audience") String audience, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        AnnouncementForm form = AnnouncementForm.typed(subject, body, audience);
        try {
            Accepted accepted = services.post(Service.NOTIFICATION, "/api/workshops/" + enc(id) + "/announcements", form.request(),
                    Accepted.class);
            portal.tell("“" + form.subject().strip() + "” is on its way to " + people(accepted.recipients())
                    + "; the delivery log shows each email.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.announcements(workshop, form, AnnouncementForm.AUDIENCES, problem.sentence()));
        }
    }

    static String audiencePath(String id, String audience) {
        return "/api/workshops/" + enc(id) + "/announcements/audience?audience=" + enc(audience);
    }

    /** "1 person", "12 people". */
    static String people(long count) {
        return count == 1 ? "1 person" : count + " people";
    }

    static String pageOf(String id) {
        return "/console/workshops/" + enc(id) + "/announcements";
    }
}
