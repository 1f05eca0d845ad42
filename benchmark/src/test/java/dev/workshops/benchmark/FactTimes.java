package dev.workshops.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When each registration fact of a workshop was committed, acknowledged by the broker, and applied by each
 * consumer, as the services' own tables record it (all stamped by the one PostgreSQL server's clock):
 * registration-service's {@code outbox_event.created_at} (the admission inserts it in the call that commits) and
 * {@code sent_at} (marked right after the broker's acknowledgement), and each consumer's
 * {@code processed_event.processed_at} (written in the transaction that applies it), matched by event id.
 */
final class FactTimes {

    /** A fact as registration-service recorded it; {@code sentAt} is null while unsent. */
    record Published(UUID eventId, Instant committedAt, Instant sentAt) {
    }

    private FactTimes() {
    }

    static List<Published> registrationFacts(String workshop) {
        String query = "SELECT event_id, created_at, sent_at FROM outbox_event WHERE topic = 'registrations' AND message_key LIKE ?";
        try (Connection db = connect("registration"); PreparedStatement select = db.prepareStatement(query)) {
            select.setString(1, workshop + "/%");
            try (ResultSet rows = select.executeQuery()) {
                List<Published> facts = new java.util.ArrayList<>();
                while (rows.next()) {
                    facts.add(new Published(rows.getObject(1, UUID.class), instant(rows, 2), instant(rows, 3)));
                }
                return facts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read registration-service's outbox", e);
        }
    }

    /** When the service owning {@code database} applied each of {@code facts} it has applied. */
    static Map<UUID, Instant> applied(String database, List<Published> facts) {
        try (Connection db = connect(database);
                PreparedStatement select = db.prepareStatement("SELECT event_id, processed_at FROM processed_event WHERE event_id = ANY(?)")) {
            Array ids = db.createArrayOf("uuid", facts.stream().map(Published::eventId).toArray());
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                Map<UUID, Instant> applied = new HashMap<>();
                while (rows.next()) {
                    applied.put(rows.getObject(1, UUID.class), instant(rows, 2));
                }
                return applied;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + "'s processed events", e);
        }
    }

    /** Records the delay between two moments as a sample of {@code figures}. */
    static void record(Figures figures, Instant from, Instant to) {
        figures.record(nanos(from), nanos(to));
    }

    private static long nanos(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant) * 1000;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        java.sql.Timestamp stamp = rows.getTimestamp(column);
        return stamp == null ? null : stamp.toInstant();
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Stack.jdbcUrl(database), "postgres", "postgres");
    }
}
