package dev.workshops.portal.notifications;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * New notifications as they arrive, for the feed page's script: notification-service's event stream, passed on
 * with the person's token added here (the browser's EventSource only carries the portal's session cookie).
 */
@Path("/notifications/live")
public class LiveFeed {

    private final ServiceCalls services;

    public LiveFeed(ServiceCalls services) {
        this.services = services;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> live() {
        return services.events(Service.NOTIFICATION, "/api/notifications/me/stream");
    }
}
