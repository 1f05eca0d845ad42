package dev.workshops.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.workshops.infra.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryLogResourceTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @Inject
    Pool database;

    @Test
    void organizersReadThePagedDeliveryLog() {
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia"))
                .when().get("/api/notifications/deliveries?status=FAILED&size=10")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(10)).body("total", notNullValue()).body("items", notNullValue());
    }

    @Test
    void failedFirstListsEveryFailureBeforeTheRestEachNewestFirst() {
        String workshop = "log-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        UUID failed = delivery(workshop, "FAILED", "550 mailbox unavailable", now.minus(Duration.ofHours(3)));
        UUID older = delivery(workshop, "SENT", null, now.minus(Duration.ofHours(2)));
        UUID newer = delivery(workshop, "SENT", null, now.minus(Duration.ofHours(1)));
        String olivia = Tokens.accessToken(issuer, "olivia");

        given().auth().oauth2(olivia).queryParam("workshopId", workshop).queryParam("failedFirst", true)
                .when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(failed.toString(), newer.toString(), older.toString()))
                .body("items[0].lastError", equalTo("550 mailbox unavailable")).body("items[0].subject", equalTo("Room change"))
                .body("items[0].kind", equalTo("announcement")).body("items[0].workshopId", equalTo(workshop))
                .body("items[0].createdAt", notNullValue());
        given().auth().oauth2(olivia).queryParam("workshopId", workshop).queryParam("failedFirst", true).queryParam("size", 2)
                .queryParam("page", 1).when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(older.toString()));
        given().auth().oauth2(olivia).queryParam("workshopId", workshop)
                .when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("items.id", contains(newer.toString(), older.toString(), failed.toString()));
        given().auth().oauth2(olivia).queryParam("failedFirst", "maybe").when().get("/api/notifications/deliveries")
                .then().statusCode(400).body("violations.field", hasItem("failedFirst"));
    }

    /** A delivery as the sender leaves it once done (SENT or FAILED: nothing left for it to send). */
    private UUID delivery(String workshop, String status, String lastError, Instant createdAt) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("""
                INSERT INTO delivery (id, notification_id, workshop_id, channel, recipient, status, attempts, last_error, created_at,
                    sent_at, kind, subject, body_text, body_html)
                VALUES ($1, $2, $3, 'EMAIL', $4, $5, 1, $6, $7, $8, 'announcement', 'Room change', 'text', '<p>text</p>')""")
                .execute(Tuple.tuple(Arrays.asList(id, UUID.randomUUID(), workshop, "log-" + id + "@bench.workshop.test", status,
                        lastError, createdAt.atOffset(ZoneOffset.UTC),
                        "SENT".equals(status) ? createdAt.plusSeconds(1).atOffset(ZoneOffset.UTC) : null)))
                .await().indefinitely();
        return id;
    }

    @Test
    void attendeesMayNotReadTheDeliveryLog() {
        given().auth().oauth2(Tokens.accessToken(issuer, "alice"))
                .when().get("/api/notifications/deliveries")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void pageSizesAbove500AndUnknownStatusesAre400() {
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).when().get("/api/notifications/deliveries?size=501")
                .then().statusCode(400).body("violations.field", hasItem("size"));
        given().auth().oauth2(olivia).when().get("/api/notifications/deliveries?status=LOST")
                .then().statusCode(400).body("violations.field", hasItem("status"));
    }
}
