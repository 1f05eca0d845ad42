package dev.workshops.portal.console.workshop;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Choice;
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
import java.net.URI;
import java.util.List;

/**
 * An organizer's workshop pages: create a workshop, edit its details, and its public site's content (overview,
 * people, sponsors). schedule-service decides what is valid; a refused form comes back as typed with its sentence.
 */
@Path("/console/workshops")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class WorkshopConsolePages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance workshop(Workshop workshop, String action, WorkshopForm form, List<String> zones, String problem);

        static native TemplateInstance site(Workshop workshop, SiteForm form, long version, List<Choice> roles,
                List<Choice> tiers, String problem);
    }

    private final Portal portal;

    public WorkshopConsolePages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.workshop(null, "/console/workshops", WorkshopForm.blank(), LocalTimes.ZONES, null);
    }

    @POST
    public Response create(@FormParam("id") String workshopId, @FormParam("title") String title, @FormParam("timezone") String timezone,
            @FormParam("venue") String venue, @FormParam("startsAt") String startsAt, @FormParam("endsAt") String endsAt,
            @FormParam("description") String description, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        WorkshopForm form = new WorkshopForm(workshopId, title, timezone, venue, startsAt, endsAt, description);
        try {
            Workshop created = services.post(Service.SCHEDULE, "/api/workshops", form.body(), Workshop.class);
            portal.tell("The workshop is created. Next: its site content, its sessions and its registration policy.");
            return Response.seeOther(URI.create(pageOf(created.id()))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.workshop(null, "/console/workshops", form, LocalTimes.ZONES, problem.sentence()));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        return Templates.workshop(workshop, pageOf(id), WorkshopForm.of(workshop), LocalTimes.ZONES, null);
    }

    /** The id cannot change: the form sends the page's own. */
    @POST
    @Path("{id}")
    public Response save(@PathParam("id") String id, @FormParam("title") String title, @FormParam("timezone") String timezone,
            @FormParam("venue") String venue, @FormParam("startsAt") String startsAt, @FormParam("endsAt") String endsAt,
            @FormParam("description") String description, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        WorkshopForm form = new WorkshopForm(id, title, timezone, venue, startsAt, endsAt, description);
        try {
            services.put(Service.SCHEDULE, "/api/workshops/" + enc(id), form.body(), Workshop.class);
            portal.tell("The workshop's details are saved.");
            return Response.seeOther(URI.create(pageOf(id))).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.workshop(workshop, pageOf(id), form, LocalTimes.ZONES, problem.sentence()));
        }
    }

    @GET
    @Path("{id}/site")
    public TemplateInstance site(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        SiteContent site = siteOf(id);
        return Templates.site(workshop, SiteForm.of(site), site.version(), SiteForm.ROLES, SiteForm.TIERS, null);
    }

    @POST
    @Path("{id}/site")
    public Response saveSite(@PathParam("id") String id, @FormParam("overview") String overview,
            @FormParam("personName") List<String> names, @FormParam("personAffiliation") List<String> affiliations,
            @FormParam("personRole") List<String> roles, @FormParam("personBio") List<String> bios,
            @FormParam("personPhoto") List<String> photos, @FormParam("personHomepage") List<String> homepages,
            @FormParam("sponsorName") List<String> sponsorNames, @FormParam("sponsorTier") List<String> tiers,
            @FormParam("sponsorUrl") List<String> urls, @FormParam("sponsorLogo") List<String> logos,
            @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        SiteForm form = SiteForm.typed(overview, names, affiliations, roles, bios, photos, homepages, sponsorNames, tiers, urls, logos);
        try {
            SiteContent saved = services.put(Service.SCHEDULE, sitePath(id), form.body(), SiteContent.class);
            portal.tell("The site content is saved (version " + saved.version() + "); the public page shows it now.");
            return Response.seeOther(URI.create(pageOf(id) + "/site")).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.site(workshop, form.withSpareRows(), siteOf(id).version(), SiteForm.ROLES,
                    SiteForm.TIERS, problem.sentence()));
        }
    }

    private SiteContent siteOf(String id) {
        return services.get(Service.SCHEDULE, sitePath(id), SiteContent.class);
    }

    private static String sitePath(String id) {
        return "/api/workshops/" + enc(id) + "/site";
    }

    static String pageOf(String id) {
        return "/console/workshops/" + enc(id);
    }
}
