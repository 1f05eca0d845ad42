package dev.workshops.support.database;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reactive connection pool every service's Hibernate Reactive and SQL client use, with a bounded wait: a
 * request that cannot get a connection within {@code workshop.db.connection-wait}, or finds
 * {@code workshop.db.max-waiting} requests already queued, fails at once ({@link #isExhausted}), and the request is
 * answered 503 with {@code Retry-After} instead of queuing without end or failing as a 500.
 */
@Singleton
public class BoundedPool implements PgPoolCreator {

    private final Duration connectionWait;
    private final int maxWaiting;

    public BoundedPool(@ConfigProperty(name = "workshop.db.connection-wait") Duration connectionWait,
            @ConfigProperty(name = "workshop.db.max-waiting") int maxWaiting) {
        this.connectionWait = connectionWait;
        this.maxWaiting = maxWaiting;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions())
                .setConnectionTimeout((int) Math.max(1, connectionWait.toMillis()))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxWaitQueueSize(maxWaiting);
        return PgBuilder.pool()
                .with(options)
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }

    /**
     * Whether a failure is the pool refusing to wait longer: its queue was full, or the wait timed out (the client
     * reports a timeout as a bare "Timeout", through Hibernate Reactive wrapped in other exceptions).
     */
    public static boolean isExhausted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            boolean exhausted = switch (cause) {
                case ConnectionPoolTooBusyException tooBusy -> true;
                case NoStackTraceThrowable timeout -> "Timeout".equals(timeout.getMessage());
                case VertxException timeout -> "Timeout waiting for connection".equals(timeout.getMessage());
                default -> false;
            };
            if (exhausted) {
                return true;
            }
        }
        return false;
    }
}
