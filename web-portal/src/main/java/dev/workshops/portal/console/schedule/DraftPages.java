package dev.workshops.portal.console.schedule;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Choice;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.PortalPages;
import dev.workshops.portal.workshops.Program;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The organizer's draft schedule: the sessions day by day (cancelled ones struck through), a form to add one, a
 * page to edit one (moving it is changing its times or room), cancelling, and the room × time grid of each day.
 * schedule-service refuses a session whose room or speaker is taken then, naming the session it clashes with: the
 * form comes back as typed with that sentence.
 */
@Path("/console/workshops/{id}/schedule")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DraftPages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance draft(Workshop workshop, List<Day> days, SessionForm form, List<Choice> kinds,
                String problem);

        static native TemplateInstance session(Workshop workshop, Program.DraftSession session, SessionForm form,
                List<Choice> kinds, String problem);

        static native TemplateInstance grid(Workshop workshop, List<Grid> days, int cancelled);
    }

    /** A day of the draft, its sessions in time order. */
    public record Day(LocalDate date, List<Program.DraftSession> sessions) {
    }

    private final Portal portal;

    public DraftPages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance draft(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        return Templates.draft(workshop, days(draftOf(id)), SessionForm.first(workshop), SessionForm.KINDS, null);
    }

    @POST
    @Path("sessions")
    public Response add(@PathParam("id") String id, @FormParam("title") String title, @FormParam("kind") String kind,
            @FormParam("startsAt") String startsAt, @FormParam("endsAt") String endsAt, @FormParam("room") String room,
            @FormParam("speakerName") List<String> speakerNames, @FormParam("speakerAffiliation") List<String> affiliations,
            @FormParam("speakerUserId") List<String> userIds, @FormParam("abstract") String abstractText,
            @FormParam("streamed") String streamed, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        SessionForm form = SessionForm.typed(title, kind, startsAt, endsAt, room, speakerNames, affiliations, userIds,
                abstractText, streamed, List.of(), List.of(), List.of());
        try {
            services.post(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/sessions", form.body(workshop), Object.class);
            portal.tell("“" + form.title().strip() + "” is in the draft; release the schedule to publish it.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.draft(workshop, days(draftOf(id)), form.withSpareRows(), SessionForm.KINDS,
                    problem.sentence()));
        }
    }

    @GET
    @Path("sessions/{sid}")
    public TemplateInstance session(@PathParam("id") String id, @PathParam("sid") UUID sid) {
        Workshop workshop = services.workshop(id);
        Program.DraftSession session = sessionOf(id, sid);
        return Templates.session(workshop, session, SessionForm.of(session, workshop), SessionForm.KINDS, null);
    }

    @POST
    @Path("sessions/{sid}")
    public Response save(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("title") String title,
            @FormParam("kind") String kind, @FormParam("startsAt") String startsAt, @FormParam("endsAt") String endsAt,
            @FormParam("room") String room, @FormParam("speakerName") List<String> speakerNames,
            @FormParam("speakerAffiliation") List<String> affiliations, @FormParam("speakerUserId") List<String> userIds,
            @FormParam("abstract") String abstractText, @FormParam("streamed") String streamed,
            @FormParam("paperId") List<String> paperIds, @FormParam("board") List<String> boards,
            @FormParam("paperTitle") List<String> paperTitles, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        Program.DraftSession session = sessionOf(id, sid);
        SessionForm form = SessionForm.typed(title, kind, startsAt, endsAt, room, speakerNames, affiliations, userIds,
                abstractText, streamed, paperIds, boards, paperTitles);
        try {
            services.put(Service.SCHEDULE, "/api/sessions/" + sid, form.body(workshop), Object.class);
            portal.tell("“" + form.title().strip() + "” is changed in the draft; release the schedule to publish it.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.session(workshop, session, form.withSpareRows(), SessionForm.KINDS,
                    problem.sentence()));
        }
    }

    /** Cancelled, the session stays in the draft (struck through); the next release announces it. */
    @POST
    @Path("sessions/{sid}/cancel")
    public Response cancel(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("csrf") String csrf) {
        return forms.answer(csrf, pageOf(id), () -> {
            Program.DraftSession session = sessionOf(id, sid);
            services.delete(Service.SCHEDULE, "/api/sessions/" + sid, Void.class);
            return "“" + session.title() + "” is cancelled in the draft; the next release announces it.";
        });
    }

    @GET
    @Path("grid")
    public TemplateInstance grid(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        List<Program.DraftSession> sessions = draftOf(id).sessions();
        int cancelled = (int) sessions.stream().filter(s -> !s.scheduled()).count();
        return Templates.grid(workshop, Grid.of(sessions), cancelled);
    }

    private Program.Draft draftOf(String id) {
        return services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/draft", Program.Draft.class);
    }

    private Program.DraftSession sessionOf(String id, UUID sid) {
        return draftOf(id).sessions().stream().filter(s -> s.id().equals(sid)).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "This workshop's draft has no such session."));
    }

    /** The draft's sessions by the day they start on (in the workshop's zone, as the draft renders them). */
    static List<Day> days(Program.Draft draft) {
        Map<LocalDate, List<Program.DraftSession>> byDay = new TreeMap<>();
        draft.sessions().forEach(s -> byDay.computeIfAbsent(s.startsAt().toLocalDate(), day -> new ArrayList<>()).add(s));
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    static String pageOf(String id) {
        return "/console/workshops/" + enc(id) + "/schedule";
    }
}
