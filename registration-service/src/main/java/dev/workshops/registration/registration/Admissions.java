package dev.workshops.registration.registration;

import dev.workshops.support.database.EntityRows;
import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.events.WorkshopSummary;
import dev.workshops.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Admits a new registration in one database call ({@code admit_registration}, migration V4): the seat counter's
 * row lock is then held inside PostgreSQL only, not across the service's round trips, which is what a
 * registration rush queued on. The registration row and its snapshot in the outbox commit with the seat.
 */
@ApplicationScoped
public class Admissions {

    private static final String ONE_ACTIVE_REGISTRATION = "registration_one_active";

    /** The snapshot's fields that only the admission knows, and which of its outcomes each one takes. */
    private static final JsonObject DECIDED = new JsonObject()
            .put("waitlistPosition", "waitlist_position")
            .put("createdAt", "admitted_at")
            .put("updatedAt", "admitted_at");

    /** The rows and facts go as JSON text ({@link EntityRows}), cast to jsonb by the database. */
    private static final String ADMIT = "SELECT waitlist_number, waitlist_position, admitted_at"
            + " FROM admit_registration($1::text::jsonb, $2::text::jsonb, $3::text::jsonb, $4::text::jsonb, $5)";

    private final Pool pool;
    private final RegistrationEvents events;
    private final EntityRows rows;

    public Admissions(Pool pool, RegistrationEvents events, EntityRows rows) {
        this.pool = pool;
        this.events = events;
        this.rows = rows;
    }

    /**
     * Gives {@code seated} if its mode has a free seat, else {@code waitlisted} with the next number of that
     * waitlist; both describe the same new registration. Call it outside a transaction: the call commits.
     */
    public Uni<RegistrationView> admit(Registration seated, Registration waitlisted, WorkshopSummary workshop) {
        Tuple arguments = Tuple.of(rows.of(seated), rows.of(waitlisted),
                events.prepared(RegistrationView.of(seated, null), Reason.REGISTERED, workshop),
                events.prepared(RegistrationView.of(waitlisted, null), Reason.WAITLISTED, workshop), DECIDED);
        return pool.preparedQuery(ADMIT)
                .execute(arguments)
                .map(rows -> {
                    Row answer = rows.iterator().next();
                    Long number = answer.getLong("waitlist_number");
                    Registration admitted = number == null ? seated : waitlisted;
                    admitted.waitlistNumber = number;
                    admitted.createdAt = answer.getOffsetDateTime("admitted_at").toInstant();
                    admitted.updatedAt = admitted.createdAt;
                    RegistrationView view = RegistrationView.of(admitted, number == null ? null : answer.getLong("waitlist_position").intValue());
                    events.counted(view, number == null ? Reason.REGISTERED : Reason.WAITLISTED);
                    return view;
                })
                .onFailure(Admissions::isSecondActiveRegistration).transform(e ->
                        ProblemException.conflict("You already have an active registration for this workshop."));
    }

    /** The same person registering twice at once: the unique index kept the first. */
    private static boolean isSecondActiveRegistration(Throwable e) {
        return e instanceof PgException pg && ONE_ACTIVE_REGISTRATION.equals(pg.getConstraint());
    }
}
