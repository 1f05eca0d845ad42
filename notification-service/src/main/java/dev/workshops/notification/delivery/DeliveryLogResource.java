package dev.workshops.notification.delivery;

import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery log organizers read to see what was sent, what waits and what failed. A delivery being sent right now
 * (SENDING, claimed by a sender) is one that waits: it is listed, and found, as PENDING until its outcome is recorded.
 */
@Path("/api/notifications/deliveries")
public class DeliveryLogResource {

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    @WithSession
    public Uni<Page<DeliveryView>> list(@Valid @BeanParam PageRequest paging,
            @QueryParam("status") @Pattern(regexp = "PENDING|SENT|FAILED", message = "must be PENDING, SENT or FAILED") String status,
            @QueryParam("workshopId") String workshopId,
            @QueryParam("recipient") String recipient) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            conditions.add("status in :statuses");
            parameters.and("statuses", DeliveryView.storedAs(status));
        }
        if (workshopId != null) {
            conditions.add("workshopId = :workshopId");
            parameters.and("workshopId", workshopId);
        }
        if (recipient != null) {
            conditions.add("recipient = :recipient");
            parameters.and("recipient", recipient);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        var found = Delivery.<Delivery>find(query, Sort.descending("createdAt"), parameters).page(paging.page, paging.size);
        // One reactive session runs one query at a time: count, then fetch the page.
        return found.count().flatMap(total -> found.list()
                .map(items -> new Page<>(items.stream().map(DeliveryView::of).toList(), paging.page, paging.size, total)));
    }
}
