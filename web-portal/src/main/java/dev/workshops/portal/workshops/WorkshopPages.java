package dev.workshops.portal.workshops;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.submissions.Call;
import dev.workshops.portal.submissions.CallsOnPages;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public pages: the workshops, and a workshop's home (its site, the released schedule, and for a signed-in
 * attendee their stars and agenda). Anyone may read them; starring asks to sign in.
 */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class WorkshopPages extends PortalPages {

    /** Zones offered in the switch besides the workshop's, the viewer's and the device's. */
    static final List<String> COMMON_ZONES = List.of("UTC", "America/Los_Angeles", "America/Denver", "America/Chicago",
            "America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Vienna",
            "Europe/Helsinki", "Africa/Lagos", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
            "Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney", "Pacific/Auckland");

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance workshops(List<Workshop> upcoming, List<Workshop> past);

        static native TemplateInstance home(Workshop workshop, Site site, String attendance, Call call,
                Schedule release, List<Day> days, Agenda agenda, ZoneId zone, Set<String> zones);
    }

    private final Portal portal;
    private final CallsOnPages calls;
    private final Clock clock;

    public WorkshopPages(ServiceCalls services, Portal portal, Forms forms, CallsOnPages calls, Clock clock) {
        super(services, forms);
        this.portal = portal;
        this.calls = calls;
        this.clock = clock;
    }

    /** Upcoming workshops first (soonest first), then past ones (latest first). */
    @GET
    @PermitAll
    public TemplateInstance list() {
        List<Workshop> all = WorkshopsPage.all(services);
        Instant now = clock.instant();
        Map<Boolean, List<Workshop>> past = all.stream().sorted(Comparator.comparing(Workshop::startsAt))
                .collect(Collectors.partitioningBy(w -> w.endsAt().isBefore(now)));
        return Templates.workshops(past.get(false), past.get(true).reversed());
    }

    /** Sends a visitor who chose to sign in (the header's link) home once Keycloak has let them in. */
    @GET
    @Path("signin")
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("workshops/{id}")
    @PermitAll
    public TemplateInstance home(@PathParam("id") String id, @QueryParam("tz") String tz) {
        Workshop workshop = services.workshop(id);
        Site site = services.find(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/site", Site.class).orElse(Site.none());
        ZoneId zone = portal.zone(workshop.timezone());
        if (tz != null && !tz.isBlank()) {
            try {
                zone = ZoneId.of(tz.strip());
                portal.chooseZone(zone);
            } catch (DateTimeException unknown) {
                // The input is not repeated: a crafted link must not put its own words on a portal page.
                portal.warn("That is not a time zone we know; times stay in " + zone.getId() + ".");
            }
        }
        Optional<Schedule> release = services.find(Service.SCHEDULE,
                "/api/workshops/" + enc(id) + "/schedule?tz=" + enc(zone.getId()), Schedule.class);
        Agenda agenda = agendaOf(id, zone);
        Set<UUID> starred = agenda == null ? Set.of()
                : agenda.sessions().stream().map(Session::id).collect(Collectors.toSet());
        Map<UUID, String> changes = release.map(r -> lastChanges(id, r.version())).orElse(Map.of());
        List<Day> days = new ArrayList<>();
        release.ifPresent(r -> {
            Map<java.time.LocalDate, List<Day.Row>> byDay = new LinkedHashMap<>();
            r.sessions().forEach(session -> byDay.computeIfAbsent(session.day(), d -> new ArrayList<>())
                    .add(new Day.Row(session, starred.contains(session.id()), changes.get(session.id()))));
            byDay.forEach((date, rows) -> days.add(new Day(date, rows)));
        });
        Set<String> zones = new TreeSet<>(COMMON_ZONES);
        zones.add(workshop.timezone());
        zones.add(zone.getId());
        return Templates.home(workshop, site, attendanceOf(id), calls.of(id), release.orElse(null), days, agenda, zone, zones);
    }

    /** Stars or unstars; the service checks that the session is released and not cancelled. */
    @POST
    @Path("workshops/{id}/sessions/{session}/star")
    public Response star(@PathParam("id") String id, @PathParam("session") UUID session,
            @FormParam("starred") boolean starred, @FormParam("csrf") String csrf) {
        String path = "/api/sessions/" + session + "/star";
        return forms.act(csrf, "/workshops/" + enc(id) + "#s-" + session, starred ? "Added to your agenda." : "Removed from your agenda.",
                () -> {
                    if (starred) {
                        services.put(Service.SCHEDULE, path, null, Void.class);
                    } else {
                        services.delete(Service.SCHEDULE, path, Void.class);
                    }
                });
    }

    /** The released schedule as iCalendar, through the portal so the browser needs no route to the service. */
    @GET
    @Path("workshops/{id}/schedule.ics")
    @Produces("text/calendar")
    @PermitAll
    public Response calendar(@PathParam("id") String id) {
        HttpResponse<byte[]> ics = services.bytes(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/schedule.ics");
        return Response.ok(ics.body(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9-]", "_") + ".ics\"").build();
    }

    /** Null for visitors and people without an agenda (not attendees): the page then shows no stars. */
    private Agenda agendaOf(String id, ZoneId zone) {
        if (!portal.signedIn()) {
            return null;
        }
        try {
            return services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/agenda/me?tz=" + enc(zone.getId()), Agenda.class);
        } catch (ServiceProblem problem) {
            if (problem.status() == 403 || problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    /**
     * How one takes part, from the registration policy; none while registration-service has no policy or cannot
     * answer (the rest of the home does not depend on it).
     */
    private String attendanceOf(String id) {
        try {
            return services.find(Service.REGISTRATION, "/api/workshops/" + enc(id) + "/registration-policy", RegistrationPolicy.class)
                    .map(RegistrationPolicy::attendance).orElse(null);
        } catch (ServiceProblem unavailable) {
            return null;
        }
    }

    /** How the latest release changed each session (against the one before). */
    private Map<UUID, String> lastChanges(String id, long version) {
        if (version <= 1) {
            return Map.of();
        }
        Changes changes = services.get(Service.SCHEDULE, "/api/workshops/" + enc(id) + "/schedule/changes?since=" + (version - 1), Changes.class);
        Map<UUID, String> byId = new LinkedHashMap<>();
        changes.changes().stream().filter(c -> c.version() == version).forEach(c -> byId.put(c.sessionId(), switch (c.type()) {
            case "ADDED" -> "New";
            case "MOVED" -> "Moved";
            case "CANCELLED" -> "Cancelled";
            default -> "Updated";
        }));
        return byId;
    }
}
