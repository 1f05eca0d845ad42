package dev.workshops.support.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A database that restarts under a request makes it a 503 to ask again, not a 500. */
class DatabaseAwayTest {

    @Test
    void aBrokenConnectionOrAServerShuttingDownIsTheDatabaseAway() {
        assertTrue(ProblemMappers.isDatabaseAway(new CompletionException(ClosedConnectionException.INSTANCE)));
        assertTrue(ProblemMappers.isDatabaseAway(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)));
        assertTrue(ProblemMappers.isDatabaseAway(new PgException("the database system is starting up", "FATAL", "57P03", null)));
        // The client's refusal to send a command on a connection that closed (CrashDuringRushIT saw it answered 500).
        assertTrue(ProblemMappers.isDatabaseAway(new CompletionException(
                new NoStackTraceThrowable("Connection is not active now, current status: CLOSED"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMappers.isDatabaseAway(new PgException("duplicate key value", "ERROR", "23505", null)));
        assertFalse(ProblemMappers.isDatabaseAway(new IllegalStateException("something else")));
        assertFalse(ProblemMappers.isDatabaseAway(new NoStackTraceThrowable("some other refusal")));
    }
}
