package dev.workshops.notification.feed;

import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * A signed-in person's in-app feed: the items addressed to their account and, when the token vouches for their
 * email ({@code email_verified}), those addressed to that email (a submission's authors are told by email).
 */
@Path("/api/notifications/me")
@Authenticated
public class FeedResource {

    private final JsonWebToken token;
    private final FeedPush push;
    private final Clock clock;

    public FeedResource(JsonWebToken token, FeedPush push, Clock clock) {
        this.token = token;
        this.push = push;
        this.clock = clock;
    }

    /** Server-Sent Events: each new feed item of the caller, as JSON, while the connection lasts. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<NotificationView> stream() {
        return Multi.createBy().merging().streams(addresses().stream().map(push::of).toList());
    }

    /** Newest first; {@code ?unread=true} keeps the unread ones. */
    @GET
    @WithSession
    public Uni<Page<NotificationView>> feed(@Valid @BeanParam PageRequest paging,
            @QueryParam("unread") @DefaultValue("false") boolean unread) {
        List<String> recipients = addresses();
        String query = unread ? "recipientId in ?1 and readAt is null" : "recipientId in ?1";
        return Notification.count(query, recipients).flatMap(total -> Notification.<Notification>find(query,
                        Sort.descending("createdAt").and("id"), recipients).page(paging.page, paging.size).list()
                .map(items -> new Page<>(items.stream().map(NotificationView::of).toList(), paging.page, paging.size, total)));
    }

    /** Marks one of the caller's notifications read; reading it again changes nothing. */
    @POST
    @Path("{id}/read")
    @WithTransaction
    public Uni<Void> read(@PathParam("id") UUID id) {
        List<String> recipients = addresses();
        return Notification.<Notification>findById(id).invoke(notification -> {
            if (notification == null || !recipients.contains(notification.recipientId)) {
                throw ProblemException.notFound("You have no notification " + id + ".");
            }
            if (notification.readAt == null) {
                notification.readAt = clock.instant();
            }
        }).replaceWithVoid();
    }

    /** Where the caller's items are addressed: their account, and their email if the token says it is verified. */
    private List<String> addresses() {
        Caller caller = Caller.of(token);
        List<String> addresses = new ArrayList<>(List.of(caller.id()));
        if (caller.emailVerified()) {
            addresses.add(Recipient.addressedTo(caller.email()));
        }
        return addresses;
    }
}
