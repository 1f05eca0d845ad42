package dev.workshops.portal.notifications;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The in-app feed with unread marks, and the person's preferences. */
@Path("/notifications")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class NotificationPages extends PortalPages {

    private static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance notifications(Feed feed, Preferences preferences);
    }

    public NotificationPages(ServiceCalls services, Forms forms) {
        super(services, forms);
    }

    @GET
    public TemplateInstance feed(@QueryParam("page") @DefaultValue("0") int number) {
        int pageNumber = Math.max(0, number);
        Feed feed = services.get(Service.NOTIFICATION, "/api/notifications/me?page=" + pageNumber + "&size=" + PAGE_SIZE, Feed.class);
        Preferences preferences = services.get(Service.NOTIFICATION, "/api/notifications/me/preferences", Preferences.class);
        return Templates.notifications(feed, preferences);
    }

    @POST
    @Path("{notification}/read")
    public Response read(@PathParam("notification") UUID notification, @FormParam("csrf") String csrf) {
        return forms.act(csrf, "/notifications", null,
                () -> services.post(Service.NOTIFICATION, "/api/notifications/me/" + notification + "/read", null, Void.class));
    }

    @POST
    @Path("preferences")
    public Response preferences(@FormParam("email") boolean email, @FormParam("scheduleChanges") boolean scheduleChanges,
            @FormParam("reminders") boolean reminders, @FormParam("announcements") boolean announcements,
            @FormParam("timezone") String timezone, @FormParam("csrf") String csrf) {
        Preferences wanted = new Preferences(email, scheduleChanges, reminders, timezone == null || timezone.isBlank() ? null : timezone.strip(),
                announcements);
        return forms.act(csrf, "/notifications#preferences", "Your preferences are saved.",
                () -> services.put(Service.NOTIFICATION, "/api/notifications/me/preferences", wanted, Preferences.class));
    }
}
