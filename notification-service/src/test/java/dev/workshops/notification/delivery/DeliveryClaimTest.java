package dev.workshops.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.infra.Tokens;
import dev.workshops.notification.MailBox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The claim before the SMTP exchange (the running service's own senders, every second, on the real database and SMTP
 * server): a claim holds against every other sender, an outcome the database refuses is recorded later instead of
 * the mail being sent again, and a claim older than the lease (its sender died mid-send) is sent again.
 */
@QuarkusTest
class DeliveryClaimTest {

    @Inject
    Pool database;

    @Inject
    Clock clock;

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.notification.delivery.claim-lease")
    Duration lease;

    @ConfigProperty(name = "workshop.notification.delivery.max-attempts")
    int maxAttempts;

    @Test
    void aClaimWithinItsLeaseIsNotTakenByAnotherSender() {
        Instant now = clock.instant();
        String held = address("held");
        String behind = address("behind");
        // Claimed (by another replica, say) half a lease ago, and due before the next one: first in line if it were free.
        UUID claimed = insert(held, "SENDING", 1, now.minus(lease.dividedBy(2)), now.minus(Duration.ofMinutes(20)));
        UUID pending = insert(behind, "PENDING", 0, null, now.minusSeconds(1));

        Awaitility.await("the delivery behind the claimed one sent").atMost(Duration.ofSeconds(60))
                .until(() -> "SENT".equals(row(pending).getString("status")));
        Row row = row(claimed);
        assertEquals("SENDING", row.getString("status"));
        assertEquals(1, row.getInteger("attempts"), "nobody claimed it again");
        assertEquals(0, MailBox.to(held).size());
        assertEquals(1, MailBox.to(behind).size());
        // The log shows a claim as what it is to an organizer: not sent yet.
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).queryParam("recipient", held).queryParam("status", "PENDING")
                .when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("PENDING")).body("items[0].attempts", equalTo(1));
    }

    @Test
    void anOutcomeTheDatabaseRefusesIsRecordedLaterAndTheMailIsNotSentAgain() {
        UUID id = UUID.randomUUID();
        RefusingTheFirstOutcome refusing = new RefusingTheFirstOutcome(id);
        QuarkusMock.installMockForType(refusing, DeliveryOutcomes.class);
        String email = address("refused");
        insert(id, email, "PENDING", 0, null, clock.instant().minusSeconds(1));

        Awaitility.await("the delivery recorded SENT").atMost(Duration.ofSeconds(60))
                .until(() -> "SENT".equals(row(id).getString("status")));
        assertEquals(1, refusing.refusals.get(), "the first outcome was refused");
        assertEquals("SENT", refusing.outcomeRefused.get());
        assertEquals("SENDING", refusing.statusWhenRefused.get(), "while its outcome could not be written the row was claimed, not PENDING");
        assertEquals(1, MailBox.to(email).size());
        Row row = row(id);
        assertEquals(1, row.getInteger("attempts"));
        assertTrue(row.getValue("claimed_at") == null && row.getValue("sent_at") != null);
    }

    @Test
    void aClaimOlderThanTheLeaseIsSentAgain() {
        Instant now = clock.instant();
        String email = address("stale");
        UUID id = insert(email, "SENDING", 1, now.minus(lease).minusSeconds(60), now.minus(Duration.ofMinutes(20)));

        Awaitility.await("the stale claim sent").atMost(Duration.ofSeconds(60))
                .until(() -> "SENT".equals(row(id).getString("status")));
        assertEquals(2, row(id).getInteger("attempts"));
        assertEquals(1, MailBox.to(email).size());
    }

    @Test
    void aClaimOlderThanTheLeaseOnTheLastAttemptFailsInsteadOfSendingAgain() {
        Instant now = clock.instant();
        String email = address("last");
        UUID id = insert(email, "SENDING", maxAttempts, now.minus(lease).minusSeconds(60), now.minus(Duration.ofMinutes(20)));

        Awaitility.await("the unfinished last attempt FAILED").atMost(Duration.ofSeconds(60))
                .until(() -> "FAILED".equals(row(id).getString("status")));
        Row row = row(id);
        assertEquals(maxAttempts, row.getInteger("attempts"));
        assertTrue(row.getString("last_error").contains("sender stopped"), row.getString("last_error"));
        assertEquals(0, MailBox.to(email).size());
    }

    /**
     * The database refusing the first outcome of one delivery, as it does while it restarts; every other outcome,
     * and that one tried again, is recorded as usual. It reads the row's status at that moment.
     */
    static final class RefusingTheFirstOutcome extends DeliveryOutcomes {

        private final UUID refused;
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicReference<String> outcomeRefused = new AtomicReference<>();
        final AtomicReference<String> statusWhenRefused = new AtomicReference<>();

        RefusingTheFirstOutcome(UUID refused) {
            this.refused = refused;
        }

        @Override
        public Uni<Boolean> record(UUID delivery, int attempt, Outcome outcome) {
            if (!delivery.equals(refused) || refusals.get() > 0) {
                return super.record(delivery, attempt, outcome);
            }
            return Panache.withSession(() -> Delivery.<Delivery>findById(delivery)).flatMap(row -> {
                refusals.incrementAndGet();
                outcomeRefused.set(outcome.status());
                statusWhenRefused.set(row.status);
                return Uni.createFrom().failure(new IllegalStateException("Connection refused: the database is restarting"));
            });
        }
    }

    private static String address(String what) {
        return "claim-" + what + "-" + System.nanoTime() + "@bench.workshop.test";
    }

    private UUID insert(String recipient, String status, int attempts, Instant claimedAt, Instant due) {
        UUID id = UUID.randomUUID();
        insert(id, recipient, status, attempts, claimedAt, due);
        return id;
    }

    private void insert(UUID id, String recipient, String status, int attempts, Instant claimedAt, Instant due) {
        database.preparedQuery("""
                        INSERT INTO delivery (id, notification_id, channel, recipient, status, attempts, created_at, kind,
                                              subject, body_text, body_html, next_attempt_at, claimed_at)
                        VALUES ($1, $2, 'EMAIL', $3, $4, $5, $6, 'claim-test', 'A claimed delivery', 'Hello', '<p>Hello</p>', $7, $8)""")
                .execute(Tuple.tuple().addUUID(id).addUUID(UUID.randomUUID()).addString(recipient).addString(status)
                        .addInteger(attempts).addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(due.atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(claimedAt == null ? null : claimedAt.atOffset(ZoneOffset.UTC)))
                .await().indefinitely();
    }

    private Row row(UUID id) {
        return database.preparedQuery("SELECT * FROM delivery WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next();
    }
}
