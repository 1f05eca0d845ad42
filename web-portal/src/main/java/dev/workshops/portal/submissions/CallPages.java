package dev.workshops.portal.submissions;

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
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The program chair's call for papers: description, tracks, formats and their limits, when it opens, the deadlines
 * (a date, a time and a zone, AoE first), the grace period and the blind mode. The page shows the deadline the
 * service resolved, in UTC and in the chair's zone.
 */
@Path("/workshops/{id}/call")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CallPages extends PortalPages {

    @CheckedTemplate(basePath = "submissions")
    static class Templates {
        static native TemplateInstance call(Workshop workshop, Call call, CallForm form, List<String> zones, ZoneId zone, String problem);
    }

    private final Portal portal;
    private final CallsOnPages calls;
    private final Clock clock;

    public CallPages(ServiceCalls services, Forms forms, Portal portal, CallsOnPages calls, Clock clock) {
        super(services, forms);
        this.portal = portal;
        this.calls = calls;
        this.clock = clock;
    }

    @GET
    public TemplateInstance edit(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        ZoneId zone = portal.zone(workshop.timezone());
        Call call = calls.find(id);
        CallForm form = call == null ? CallForm.first(zone, clock.instant()) : CallForm.of(call, zone);
        return Templates.call(workshop, call, form, Deadlines.ZONES, zone, null);
    }

    /** A refusal comes back on the form as typed, with the service's sentence: nothing typed is lost. */
    @POST
    public Response save(@PathParam("id") String id, @FormParam("description") String description,
            @FormParam("trackId") List<String> trackIds, @FormParam("trackName") List<String> trackNames,
            @FormParam("formatId") List<String> formatIds, @FormParam("formatName") List<String> formatNames,
            @FormParam("formatPages") List<String> formatPages, @FormParam("formatMegabytes") List<String> formatMegabytes,
            @FormParam("opensAt") String opensAt, @FormParam("deadlineDate") String deadlineDate,
            @FormParam("deadlineTime") String deadlineTime, @FormParam("deadlineZone") String deadlineZone,
            @FormParam("graceMinutes") String graceMinutes, @FormParam("reviewDate") String reviewDate,
            @FormParam("reviewTime") String reviewTime, @FormParam("reviewZone") String reviewZone,
            @FormParam("cameraReadyDate") String cameraReadyDate, @FormParam("cameraReadyTime") String cameraReadyTime,
            @FormParam("cameraReadyZone") String cameraReadyZone, @FormParam("blind") String blind,
            @FormParam("reviewsPerPaper") String reviewsPerPaper, @FormParam("maxLoad") String maxLoad,
            @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        ZoneId zone = portal.zone(workshop.timezone());
        CallForm form = CallForm.typed(description, trackIds, trackNames, formatIds, formatNames, formatPages, formatMegabytes,
                opensAt, new CallForm.DeadlineFields(deadlineDate, deadlineTime, deadlineZone), graceMinutes,
                new CallForm.DeadlineFields(reviewDate, reviewTime, reviewZone),
                new CallForm.DeadlineFields(cameraReadyDate, cameraReadyTime, cameraReadyZone), blind, reviewsPerPaper, maxLoad);
        try {
            Call saved = services.put(Service.SUBMISSIONS, CallsOnPages.path(id), form.body(zone), Call.class);
            portal.tell("The call is saved. Submissions close at " + Deadlines.words(saved.deadline()) + ", that is "
                    + Deadlines.utc(saved.deadlineAt()) + ".");
            return Response.seeOther(URI.create("/workshops/" + enc(id) + "/call")).build();
        } catch (ServiceProblem problem) {
            return CallsOnPages.refused(problem,
                    Templates.call(workshop, calls.find(id), form.withSpareRows(), Deadlines.ZONES, zone, problem.sentence()));
        }
    }
}
