package dev.workshops.notification;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the service's own tables, to wait until a projection has caught up (topics are not ordered with each other). */
public final class Rows {

    private Rows() {
    }

    /** The {@code n} column of a {@code SELECT count(*) AS n ... $1} query. */
    public static long count(Pool database, String sql, Object parameter) {
        return database.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong("n");
    }

    public static boolean workshopKnown(Pool database, String workshopId) {
        return count(database, "SELECT count(*) AS n FROM workshop_projection WHERE id = $1", workshopId) == 1;
    }
}
