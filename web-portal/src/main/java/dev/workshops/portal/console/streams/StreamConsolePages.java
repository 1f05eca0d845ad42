package dev.workshops.portal.console.streams;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.streams.StreamListing;
import dev.workshops.portal.web.Choice;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.PortalPages;
import dev.workshops.portal.workshops.Schedule;
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
import java.util.Map;
import java.util.UUID;

/**
 * A workshop's streams for organizers (streaming-service): each stream with its status, attaching one to a released
 * session, going live, ending, and adding the recording. The service decides which step is allowed when; a refused
 * form comes back as typed with its sentence, a refused button leaves the sentence on the page.
 */
// Refused here as well as by the service: some pages read answers other roles get too (the streams list).
@RolesAllowed("organizer")
@Path("/console/workshops/{id}/streams")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class StreamConsolePages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance streams(Workshop workshop, List<StreamListing> streams, List<SessionChoice> sessions,
                List<Choice> providers, AttachForm form, String problem, Recording recording);
    }

    /** A recording's address as typed for one stream, and the service's sentence when it said no. */
    public record Recording(UUID sessionId, String recordingUrl, String problem) {

        static final Recording NONE = new Recording(null, "", null);

        public boolean isFor(UUID session) {
            return session.equals(sessionId);
        }
    }

    private final Portal portal;

    public StreamConsolePages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance streams(@PathParam("id") String id) {
        return page(services.workshop(id), AttachForm.first(), null, Recording.NONE);
    }

    /** Attaches (or replaces) a session's stream; the service knows the session once its release reached it. */
    @POST
    public Response attach(@PathParam("id") String id, @FormParam("session") String session, @FormParam("provider") String provider,
            @FormParam("playbackUrl") String playbackUrl, @FormParam("backupUrl") String backupUrl, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        AttachForm form = AttachForm.typed(session, provider, playbackUrl, backupUrl);
        try {
            services.put(Service.STREAMING, "/api/sessions/" + form.sessionId() + "/stream", form.body(), Object.class);
            portal.tell("The stream is attached to “" + titleOf(id, form.sessionId()) + "”. Go live when the session starts.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, page(workshop, form, problem.sentence(), Recording.NONE));
        }
    }

    @POST
    @Path("{sid}/live")
    public Response goLive(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("csrf") String csrf) {
        return forms.answer(csrf, pageOf(id), () -> {
            services.post(Service.STREAMING, "/api/sessions/" + sid + "/stream/live", null, Object.class);
            return "“" + titleOf(id, sid) + "” is live: attendees with stream access can join.";
        });
    }

    @POST
    @Path("{sid}/end")
    public Response end(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("csrf") String csrf) {
        return forms.answer(csrf, pageOf(id), () -> {
            services.post(Service.STREAMING, "/api/sessions/" + sid + "/stream/end", null, Object.class);
            return "“" + titleOf(id, sid) + "” has ended. Add its recording when it is ready.";
        });
    }

    /** Only an ended stream takes a recording (or a recorded one, to replace its address). */
    @POST
    @Path("{sid}/recording")
    public Response recording(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("recordingUrl") String recordingUrl,
            @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        String typed = recordingUrl == null ? "" : recordingUrl;
        try {
            services.put(Service.STREAMING, "/api/sessions/" + sid + "/stream/recording", Map.of("recordingUrl", typed.strip()),
                    Object.class);
            portal.tell("The recording of “" + titleOf(id, sid) + "” is added: attendees with stream access can watch it.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, page(workshop, AttachForm.first(), null, new Recording(sid, typed, problem.sentence())));
        }
    }

    private TemplateInstance page(Workshop workshop, AttachForm form, String problem, Recording recording) {
        List<StreamListing> streams = streamsOf(workshop.id());
        Schedule release = services.find(Service.SCHEDULE, "/api/workshops/" + enc(workshop.id()) + "/schedule?tz="
                + enc(workshop.timezone()), Schedule.class).orElse(null);
        return Templates.streams(workshop, streams, SessionChoice.of(release, streams, workshop.zone()), AttachForm.PROVIDERS, form,
                problem, recording);
    }

    private List<StreamListing> streamsOf(String id) {
        return Arrays.asList(services.get(Service.STREAMING, "/api/workshops/" + enc(id) + "/streams", StreamListing[].class));
    }

    /** The session's title for a message, from the streams list. */
    private String titleOf(String id, UUID sid) {
        return streamsOf(id).stream().filter(s -> s.sessionId().equals(sid)).map(StreamListing::title).findFirst()
                .orElse("the session");
    }

    static String pageOf(String id) {
        return "/console/workshops/" + enc(id) + "/streams";
    }
}
