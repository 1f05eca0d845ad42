package dev.workshops.registration.registration;

import dev.workshops.support.events.OutboxEvent;
import dev.workshops.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Admits a new registration in one database call ({@code admit_registration}, migration V3): the seat counter's
 * row lock is then held inside PostgreSQL only, not across the service's round trips, which is what a
 * registration rush queued on. The registration row and its snapshot in the outbox commit with the seat.
 */
@ApplicationScoped
public class Admissions {

    private static final String ONE_ACTIVE_REGISTRATION = "registration_one_active";

    private final Pool pool;
    private final RegistrationEvents events;

    public Admissions(Pool pool, RegistrationEvents events) {
        this.pool = pool;
        this.events = events;
    }

    /**
     * Gives {@code seated} if its mode has a free seat, else {@code waitlisted} with the next number of that
     * waitlist; both describe the same new registration. Call it outside a transaction: the call commits.
     */
    public Uni<RegistrationView> admit(Registration seated, Registration waitlisted) {
        // The database puts the position and the moment of admission in the snapshot; 0 holds the position's place.
        Tuple arguments = Tuple.of(row(seated), row(waitlisted),
                fact(events.prepared(RegistrationView.of(seated, null), "REGISTERED")),
                fact(events.prepared(RegistrationView.of(waitlisted, 0), "WAITLISTED")));
        return pool.preparedQuery("SELECT waitlist_number, waitlist_position, admitted_at FROM admit_registration($1, $2, $3, $4)")
                .execute(arguments)
                .map(rows -> {
                    Row answer = rows.iterator().next();
                    Long number = answer.getLong("waitlist_number");
                    Registration admitted = number == null ? seated : waitlisted;
                    admitted.waitlistNumber = number;
                    admitted.createdAt = answer.getOffsetDateTime("admitted_at").toInstant();
                    admitted.updatedAt = admitted.createdAt;
                    RegistrationView view = RegistrationView.of(admitted, number == null ? null : answer.getLong("waitlist_position").intValue());
                    events.counted(view, number == null ? "REGISTERED" : "WAITLISTED");
                    return view;
                })
                .onFailure(Admissions::isSecondActiveRegistration).transform(e ->
                        ProblemException.conflict("You already have an active registration for this workshop."));
    }

    /** The same person registering twice at once: the unique index kept the first. */
    private static boolean isSecondActiveRegistration(Throwable e) {
        return e instanceof PgException pg && ONE_ACTIVE_REGISTRATION.equals(pg.getConstraint());
    }

    private static JsonObject row(Registration registration) {
        return new JsonObject()
                .put("id", registration.id.toString())
                .put("workshop_id", registration.workshopId)
                .put("attendee_id", registration.attendeeId)
                .put("email", registration.email)
                .put("name", registration.name)
                .put("affiliation", registration.affiliation)
                .put("dietary_needs", registration.dietaryNeeds)
                .put("accessibility_needs", registration.accessibilityNeeds)
                .put("mode", registration.mode)
                .put("status", registration.status)
                .put("waitlist_number", registration.waitlistNumber)
                .put("offer_expires_at", registration.offerExpiresAt)
                .put("stream_access", registration.streamAccess)
                .put("ticket_code", registration.ticketCode)
                .put("checked_in_at", registration.checkedInAt)
                .put("created_at", registration.createdAt)
                .put("updated_at", registration.updatedAt)
                .put("version", registration.version);
    }

    private static JsonObject fact(OutboxEvent event) {
        return new JsonObject()
                .put("event_id", event.eventId.toString())
                .put("topic", event.topic)
                .put("message_key", event.messageKey)
                .put("lane", event.lane)
                .put("event_type", event.eventType)
                .put("subject", event.subject)
                .put("occurred_at", event.occurredAt)
                .put("payload", event.payload);
    }
}
