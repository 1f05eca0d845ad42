package dev.workshops.portal.console.deliveries;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A workshop's delivery log (notification-service): every email of the workshop, the FAILED ones first with the
 * error the mail server gave, then the rest newest first, a page at a time; filters by status and recipient. The
 * service orders it ({@code failedFirst=true}), so paging never splits the failures from their place.
 */
@RolesAllowed("organizer")
@Path("/console/workshops/{id}/deliveries")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DeliveryLogPages extends PortalPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance deliveries(Workshop workshop, DeliveryLog log, long failed, DeliveryLog.Filter filter,
                List<String> statuses);
    }

    public DeliveryLogPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    public TemplateInstance log(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("recipient") String recipient, @QueryParam("page") @DefaultValue("0") int page) {
        Workshop workshop = services.workshop(id);
        DeliveryLog.Filter filter = DeliveryLog.Filter.of(status, recipient, page);
        DeliveryLog log = services.get(Service.NOTIFICATION, filter.query(id, PAGE_SIZE), DeliveryLog.class);
        long failed = services.get(Service.NOTIFICATION, "/api/notifications/deliveries?status=FAILED&size=1&workshopId=" + enc(id),
                DeliveryLog.class).total();
        return Templates.deliveries(workshop, log, failed, filter, DeliveryLog.Filter.STATUSES);
    }
}
