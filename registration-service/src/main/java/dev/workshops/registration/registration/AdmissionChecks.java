package dev.workshops.registration.registration;

import dev.workshops.events.WorkshopSummary;
import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What a new registration must find before its admission: the workshop known, a registration policy for it, and
 * whether the person already holds an active registration there. On a rush's hot path, so it is one prepared
 * query on the reactive client, not an ORM session (which cost more than the queries themselves).
 */
@ApplicationScoped
public class AdmissionChecks {

    /** What the checks found: the policy (read, not managed), the workshop as a fact carries it, a registration held. */
    public record Found(RegistrationPolicy policy, WorkshopSummary workshop, boolean alreadyRegistered) {
    }

    private static final String CHECKS = """
            SELECT w.title, w.timezone, w.starts_at, w.ends_at, w.version, w.venue,
                   p.workshop_id AS policy_of, p.in_person_capacity, p.virtual_capacity, p.opens_at, p.closes_at,
                   p.offer_ttl_seconds, p.waitlist_stream_access, p.updated_at,
                   EXISTS (SELECT 1 FROM registration r
                            WHERE r.workshop_id = w.id AND r.attendee_id = $2 AND r.status <> 'CANCELLED') AS already_registered
              FROM workshop_projection w LEFT JOIN registration_policy p ON p.workshop_id = w.id
             WHERE w.id = $1""";

    private final Pool pool;

    public AdmissionChecks(Pool pool) {
        this.pool = pool;
    }

    /** Fails 404 for a workshop nobody heard of, 409 when its registration has not been opened. */
    public Uni<Found> find(String workshopId, String attendeeId) {
        return pool.preparedQuery(CHECKS).execute(Tuple.of(workshopId, attendeeId)).map(rows -> found(workshopId, rows));
    }

    public static ProblemException unknownWorkshop(String workshopId) {
        return ProblemException.notFound("There is no workshop '" + workshopId + "'.");
    }

    public static ProblemException notOpened() {
        return ProblemException.conflict("Registration for this workshop has not been opened yet.");
    }

    private static Found found(String workshopId, RowSet<Row> rows) {
        if (rows.size() == 0) {
            throw unknownWorkshop(workshopId);
        }
        Row row = rows.iterator().next();
        if (row.getString("policy_of") == null) {
            throw notOpened();
        }
        RegistrationPolicy policy = new RegistrationPolicy();
        policy.workshopId = workshopId;
        policy.inPersonCapacity = row.getInteger("in_person_capacity");
        policy.virtualCapacity = row.getInteger("virtual_capacity");
        policy.opensAt = instant(row, "opens_at");
        policy.closesAt = instant(row, "closes_at");
        policy.offerTtlSeconds = row.getLong("offer_ttl_seconds");
        policy.waitlistStreamAccess = row.getBoolean("waitlist_stream_access");
        policy.updatedAt = instant(row, "updated_at");
        WorkshopSummary workshop = new WorkshopSummary(row.getString("title"), row.getString("timezone"), instant(row, "starts_at"),
                instant(row, "ends_at"), row.getLong("version"), row.getString("venue"));
        return new Found(policy, workshop, row.getBoolean("already_registered"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
