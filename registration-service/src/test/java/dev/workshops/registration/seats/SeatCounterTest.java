package dev.workshops.registration.seats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The seat rules as PostgreSQL runs them (migration V4): the service keeps no other copy. */
@QuarkusTest
class SeatCounterTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    Pool pool;

    @Test
    void givesSeatsUntilFullThenNumbersTheWaitlistInOrder() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 2, null);

        List<Long> places = rows("SELECT seat_admit($1, 'IN_PERSON') FROM generate_series(1, 4)", workshop).stream()
                .map(row -> row.getLong(0)).toList();

        assertEquals(Arrays.asList(null, null, 1L, 2L), places, "two seats, then waitlist numbers 1 and 2");
        assertEquals(2, taken(workshop));
    }

    @Test
    void anUnlimitedModeNeverWaitlists() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 0, null);

        List<Row> places = rows("SELECT seat_admit($1, 'VIRTUAL') FROM generate_series(1, 1000)", workshop);

        assertEquals(1000, places.size());
        assertTrue(places.stream().map(row -> row.getLong(0)).allMatch(Objects::isNull), "a seat each");
    }

    @Test
    void aReleasedSeatCanBeTakenByPromotionOnce() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        call("seat_admit", workshop);
        assertFalse(call("seat_has_free", workshop).getBoolean(0));
        assertNull(call("seat_take_for_promotion", workshop).getInteger(0), "no seat to take");

        call("seat_release", workshop);
        assertTrue(call("seat_has_free", workshop).getBoolean(0));
        assertEquals(1, call("seat_take_for_promotion", workshop).getInteger(0));
        assertFalse(call("seat_has_free", workshop).getBoolean(0));
        assertEquals(1, taken(workshop));
    }

    @Test
    void releasingWhatWasNeverTakenIsABug() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 3, null);
        assertThrows(RuntimeException.class, () -> call("seat_release", workshop));
        assertEquals(0, taken(workshop));
    }

    private int taken(String workshop) {
        return call("seat_lock", workshop).getInteger(0);
    }

    /** One of the seat functions on the in-person counter, in a transaction of its own. */
    private Row call(String function, String workshop) {
        return rows("SELECT " + function + "($1, 'IN_PERSON')", workshop).getFirst();
    }

    private List<Row> rows(String sql, String workshop) {
        return pool.withTransaction(connection -> connection.preparedQuery(sql).execute(Tuple.of(workshop))
                        .map(answer -> {
                            List<Row> rows = new ArrayList<>();
                            answer.forEach(rows::add);
                            return rows;
                        }))
                .await().atMost(DEADLINE);
    }
}
