package dev.workshops.portal.console.roster;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Choice;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A workshop's roster for organizers (registration-service): the live counts, the registrations with a search and
 * filters in a GET form (so a filtered roster is a link), page by page, the waitlist in its order, and the CSV export
 * passed on from the service. The counts are counted by the service on every load; where JavaScript runs, the page
 * also reloads them now and then ({@code counts}, a fragment of this page).
 */
@RolesAllowed("organizer")
@Path("/console/workshops/{id}/roster")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class RosterPages extends PortalPages {

    static final String CSV = "text/csv";

    /** The waitlist's head: more than this many waiting are paged through with the Waitlisted filter. */
    static final int WAITLIST_SHOWN = 100;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance roster(Workshop workshop, Counts counts, RosterFilter filter, RosterPage page, Waitlist waitlist,
                List<Choice> statuses, List<Choice> modes, String problem);

        static native TemplateInstance counts(Workshop workshop, Counts counts);
    }

    /** The waitlist in order, one list per mode (each mode has its own), and how many wait in all. */
    public record Waitlist(List<RosterEntry> inPerson, List<RosterEntry> virtual, long total) {

        static Waitlist of(RosterPage waiting) {
            return new Waitlist(waiting.items().stream().filter(r -> "IN_PERSON".equals(r.mode())).toList(),
                    waiting.items().stream().filter(r -> "VIRTUAL".equals(r.mode())).toList(), waiting.total());
        }

        public int shown() {
            return inPerson.size() + virtual.size();
        }

        public boolean partial() {
            return total > shown();
        }
    }

    public RosterPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    /**
     * The roster as filtered. A filter the service refuses (a search text too long, say) shows its sentence above the
     * form, which keeps what was typed.
     */
    @GET
    public Response roster(@PathParam("id") String id, @QueryParam("status") String status, @QueryParam("mode") String mode,
            @QueryParam("q") String q, @QueryParam("page") Integer page) {
        Workshop workshop = services.workshop(id);
        RosterFilter filter = RosterFilter.typed(status, mode, q, page);
        Counts counts = countsOf(id);
        try {
            RosterPage listed = services.get(Service.REGISTRATION, registrations(id) + filter.serviceQuery(), RosterPage.class);
            RosterPage waiting = services.get(Service.REGISTRATION, registrations(id) + "?status=WAITLISTED&size=" + WAITLIST_SHOWN,
                    RosterPage.class);
            return Response.ok(Templates.roster(workshop, counts, filter, listed, Waitlist.of(waiting), RosterFilter.STATUSES,
                    RosterFilter.MODES, null).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.roster(workshop, counts, filter, RosterPage.none(), null, RosterFilter.STATUSES,
                    RosterFilter.MODES, problem.sentence()));
        }
    }

    /** The counts alone, as the roster page shows them: what the page's script swaps in. */
    @GET
    @Path("counts")
    public TemplateInstance counts(@PathParam("id") String id) {
        return Templates.counts(services.workshop(id), countsOf(id));
    }

    /** Every registration as registration-service exports it, passed on as it arrives. */
    @GET
    @Path("registrations.csv")
    @Produces(CSV)
    public Response csv(@PathParam("id") String id) {
        HttpResponse<InputStream> csv = services.stream(Service.REGISTRATION, "/api/workshops/" + enc(id) + "/registrations.csv", CSV);
        return Response.ok(csv.body(), CSV + "; charset=UTF-8").header("Cache-Control", "private, no-store")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(id) + "\"").build();
    }

    /** The export's file name: the workshop's id with anything but letters, digits, dots and dashes made a dash. */
    static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-") + "-registrations.csv";
    }

    /** None before the workshop has a registration policy (the service answers 404 then). */
    private Counts countsOf(String id) {
        return services.find(Service.REGISTRATION, registrations(id) + "/stats", Counts.class).orElse(null);
    }

    private static String registrations(String id) {
        return "/api/workshops/" + enc(id) + "/registrations";
    }
}
