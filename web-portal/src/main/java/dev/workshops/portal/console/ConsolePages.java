package dev.workshops.portal.console;

import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.PortalPages;
import dev.workshops.portal.workshops.WorkshopsPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The console's landing page: what the signed-in person's roles let them run, workshop by workshop. Someone with
 * no console role is told so (the page is not refused: it says where the console's parts are for).
 */
@Path("/console")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ConsolePages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance landing(List<Workshop> upcoming, List<Workshop> past);
    }

    private final ConsoleAccess access;
    private final Clock clock;

    public ConsolePages(ServiceCalls services, Forms forms, ConsoleAccess access, Clock clock) {
        super(services, forms);
        this.access = access;
        this.clock = clock;
    }

    /** Upcoming workshops (soonest first), then past ones (latest first), each with the links the roles allow. */
    @GET
    public TemplateInstance landing() {
        if (!access.any()) {
            return Templates.landing(List.of(), List.of());
        }
        Instant now = clock.instant();
        List<Workshop> all = WorkshopsPage.all(services).stream().sorted(Comparator.comparing(Workshop::startsAt)).toList();
        return Templates.landing(all.stream().filter(w -> !w.endsAt().isBefore(now)).toList(),
                all.stream().filter(w -> w.endsAt().isBefore(now)).toList().reversed());
    }
}
