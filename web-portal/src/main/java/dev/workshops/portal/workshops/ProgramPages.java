package dev.workshops.portal.workshops;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.LocalTimes;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The program chair's view of the accepted papers: those not placed yet (a talk is made from an oral one; poster
 * papers get boards in a poster session), sessions whose paper was withdrawn, and each presenter's registration
 * against their declared attendance. schedule-service decides what may be placed and says why not.
 */
@Path("/workshops/{id}/program")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ProgramPages extends PortalPages {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance program(Workshop workshop, Program.Draft draft, List<Program.Presenter> presenters,
                ZoneId zone);
    }

    private final Portal portal;

    public ProgramPages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance program(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        Program.Draft draft = draftOf(id);
        Program.Presenters presenters = services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/program/presenters",
                Program.Presenters.class);
        return Templates.program(workshop, draft, presenters.presenters(), portal.zone(workshop.timezone()));
    }

    /** A talk from an oral paper: its title, abstract and speaker come from the paper. Times in the workshop's zone. */
    @POST
    @Path("talks")
    public Response talk(@PathParam("id") String id, @FormParam("paperId") UUID paperId, @FormParam("startsAt") String startsAt,
            @FormParam("endsAt") String endsAt, @FormParam("room") String room, @FormParam("csrf") String csrf) {
        return forms.act(csrf, pageOf(id), "The talk is in the draft; release the schedule to publish it.", () -> {
            ZoneId zone = ZoneId.of(services.workshop(id).timezone());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "TALK");
            body.put("paperId", paperId);
            body.put("startsAt", local(startsAt, zone, "start"));
            body.put("endsAt", local(endsAt, zone, "end"));
            body.put("room", room == null ? "" : room.strip());
            services.post(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/sessions", body, Object.class);
        });
    }

    /**
     * Boards for poster papers in one poster session: the papers it holds keep theirs unless changed, a paper given
     * a board joins it, a board left empty takes the paper out.
     */
    @POST
    @Path("posters")
    public Response boards(@PathParam("id") String id, @FormParam("sessionId") UUID sessionId,
            @FormParam("paperId") List<UUID> paperIds, @FormParam("board") List<String> boards, @FormParam("csrf") String csrf) {
        return forms.act(csrf, pageOf(id), "The poster boards are in the draft; release the schedule to publish them.", () -> {
            Program.DraftSession session = draftOf(id).posterSessions().stream().filter(s -> s.id().equals(sessionId))
                    .findFirst().orElseThrow(() -> new ServiceProblem(404, "Choose one of the draft's poster sessions."));
            List<Map<String, Object>> papers = new ArrayList<>();
            for (int i = 0; i < paperIds.size(); i++) {
                String board = i < boards.size() && boards.get(i) != null ? boards.get(i).strip() : "";
                if (board.isEmpty()) {
                    continue;
                }
                try {
                    papers.add(Map.of("paperId", paperIds.get(i), "board", Integer.parseInt(board)));
                } catch (NumberFormatException e) {
                    throw new ServiceProblem(400, "A board is a number, not '" + board.substring(0, Math.min(board.length(), 10)) + "'.");
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", session.title());
            body.put("kind", session.kind());
            body.put("startsAt", session.startsAt().toString());
            body.put("endsAt", session.endsAt().toString());
            body.put("room", session.room());
            if (session.abstractText() != null) {
                body.put("abstract", session.abstractText());
            }
            body.put("streamed", session.streamed());
            body.put("papers", papers);
            services.put(Service.SCHEDULE, "/api/sessions/" + sessionId, body, Object.class);
        });
    }

    private Program.Draft draftOf(String id) {
        return services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/draft", Program.Draft.class);
    }

    private static String local(String typed, ZoneId zone, String which) {
        return LocalTimes.withOffset(typed, zone, "talk's " + which);
    }

    private static String pageOf(String id) {
        return "/workshops/" + enc(id) + "/program";
    }
}
