package dev.workshops.notification.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Pushes new feed items to the people connected to this replica (Server-Sent Events). Every replica LISTENs to
 * {@code notification_created}, sent by a trigger when the item's transaction commits, so it does not matter
 * which replica consumed the event and which one holds the connection.
 */
@ApplicationScoped
public class FeedPush {

    private static final Logger LOG = Logger.getLogger(FeedPush.class);

    private final Vertx vertx;
    private final Pool pool;
    private final String reactiveUrl;
    private final String user;
    private final String password;
    /** The open connections of each person on this replica (one per browser tab). */
    private final Map<String, Set<BroadcastProcessor<NotificationView>>> listeners = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;

    public FeedPush(Vertx vertx, Pool pool,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.pool = pool;
        this.reactiveUrl = reactiveUrl;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        subscriber = PgSubscriber.subscriber(vertx, PgConnectOptions.fromUri(reactiveUrl).setUser(user).setPassword(password))
                .reconnectPolicy(retries -> 1_000L);
        subscriber.channel("notification_created").handler(this::created);
        subscriber.connect().subscribe().with(connected -> { },
                failure -> LOG.warnf("feed push cannot LISTEN (%s); new items show on the next read", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ignored -> { }, failure -> { });
        }
        listeners.values().forEach(connections -> connections.forEach(BroadcastProcessor::onComplete));
    }

    /** The new feed items of one person, as they are committed, for as long as the caller listens. */
    public Multi<NotificationView> of(String recipientId) {
        BroadcastProcessor<NotificationView> connection = BroadcastProcessor.create();
        listeners.computeIfAbsent(recipientId, id -> ConcurrentHashMap.newKeySet()).add(connection);
        return connection.onCancellation().invoke(() -> listeners.computeIfPresent(recipientId, (id, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        }));
    }

    private void created(String notificationId) {
        if (listeners.isEmpty()) {
            return;
        }
        pool.preparedQuery("SELECT id, recipient_id, workshop_id, kind, subject, body, created_at, read_at FROM notification WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(notificationId)))
                .onItem().transformToUni(rows -> {
                    for (Row row : rows) {
                        NotificationView item = viewOf(row);
                        listeners.getOrDefault(row.getString("recipient_id"), Set.of()).forEach(connection -> connection.onNext(item));
                    }
                    return Uni.createFrom().voidItem();
                })
                .subscribe().with(done -> { }, failure -> LOG.warnf("could not push feed item %s: %s", notificationId, failure.getMessage()));
    }

    private static NotificationView viewOf(Row row) {
        return new NotificationView(row.getUUID("id"), row.getString("workshop_id"), row.getString("kind"), row.getString("subject"),
                row.getString("body"), row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("read_at") == null ? null : row.getOffsetDateTime("read_at").toInstant());
    }
}
