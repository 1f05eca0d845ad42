package dev.workshops.streaming.watch;

import dev.workshops.events.RegistrationChanged;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a person may watch a workshop's streams now, from the shared registrations projection. On the join
 * path, so it is one prepared primary-key query on the reactive client: no ORM session per request (which cost
 * more than the query itself in the join-storm measurement).
 */
@ApplicationScoped
public class StreamAccess {

    private final Pool pool;

    public StreamAccess(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> has(String workshopId, String attendeeId) {
        return pool.preparedQuery("SELECT status, stream_access FROM registration_projection WHERE workshop_id = $1 AND attendee_id = $2")
                .execute(Tuple.of(workshopId, attendeeId))
                .map(StreamAccess::granted);
    }

    private static boolean granted(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return false;
        }
        Row row = rows.iterator().next();
        return !RegistrationChanged.Status.CANCELLED.name().equals(row.getString("status")) && row.getBoolean("stream_access");
    }
}
