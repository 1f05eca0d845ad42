package dev.workshops.schedule.mentoring;

import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.security.Caller;
import dev.workshops.support.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A workshop's mentoring: slots offered and the caller's bookings. Seeing slots and booking need only a sign-in:
 * who may book a slot is its audience's rule (an active registration, or an open call for AUTHORS slots).
 */
@Path("/api/workshops/{id}/mentoring")
public class MentoringResource {

    private final MentoringService mentoring;
    private final JsonWebToken token;
    private final PublicLinks links;
    private final SecurityIdentity identity;

    public MentoringResource(MentoringService mentoring, JsonWebToken token, PublicLinks links, SecurityIdentity identity) {
        this.mentoring = mentoring;
        this.links = links;
        this.token = token;
        this.identity = identity;
    }

    @POST
    @Path("slots")
    @RolesAllowed(Roles.MENTOR)
    public Uni<Response> offer(@PathParam("id") String workshopId, @Valid @NotNull SlotRequest request) {
        return mentoring.createSlot(workshopId, Caller.of(token), request)
                .map(slot -> Response.created(links.at("/api/workshops/{id}/mentoring/slots", workshopId)).entity(slot).build());
    }

    @GET
    @Path("slots")
    @Authenticated
    public Uni<List<SlotView>> slots(@PathParam("id") String workshopId,
            @QueryParam("available") @DefaultValue("false") boolean available) {
        return mentoring.slots(workshopId, Caller.of(token), available);
    }

    /** A mentor's own open slots with who booked each; an organizer gets every mentor's. Attendees 403. */
    @GET
    @Path("slots/mine")
    @RolesAllowed({Roles.MENTOR, Roles.ORGANIZER})
    public Uni<List<MentorSlotView>> mySlots(@PathParam("id") String workshopId) {
        return mentoring.slotsWithBookings(workshopId, Caller.of(token), identity.hasRole(Roles.ORGANIZER));
    }

    @GET
    @Path("bookings/me")
    @Authenticated
    public Uni<List<BookingView>> mine(@PathParam("id") String workshopId) {
        return mentoring.bookingsOf(workshopId, Caller.of(token).id());
    }

    @Path("/api/mentoring/slots/{slotId}")
    public static class Slot {

        private final MentoringService mentoring;
        private final JsonWebToken token;
        private final PublicLinks links;
        private final SecurityIdentity identity;

        public Slot(MentoringService mentoring, JsonWebToken token, PublicLinks links, SecurityIdentity identity) {
            this.mentoring = mentoring;
            this.token = token;
            this.links = links;
            this.identity = identity;
        }

        @DELETE
        @RolesAllowed({Roles.MENTOR, Roles.ORGANIZER})
        public Uni<Void> cancel(@PathParam("slotId") UUID slotId) {
            return mentoring.cancelSlot(slotId, Caller.of(token), identity.hasRole(Roles.ORGANIZER));
        }

        @POST
        @Path("bookings")
        @Authenticated
        public Uni<Response> book(@PathParam("slotId") UUID slotId) {
            return mentoring.book(slotId, Caller.of(token))
                    .map(booking -> Response.created(links.at("/api/mentoring/bookings/{bookingId}", booking.id())).entity(booking).build());
        }
    }

    @Path("/api/mentoring/bookings/{bookingId}")
    public static class Booking {

        private final MentoringService mentoring;
        private final JsonWebToken token;

        public Booking(MentoringService mentoring, JsonWebToken token) {
            this.mentoring = mentoring;
            this.token = token;
        }

        @DELETE
        @Authenticated
        public Uni<Void> cancel(@PathParam("bookingId") UUID bookingId) {
            return mentoring.cancelBooking(bookingId, Caller.of(token));
        }
    }
}
