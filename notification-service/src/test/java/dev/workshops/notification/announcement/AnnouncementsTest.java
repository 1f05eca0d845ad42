package dev.workshops.notification.announcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnnouncementsTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    Pool database;

    @Test
    void anAnnouncementReachesItsAudienceOnceWithTheirWordsEscaped() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Announced workshop", "Europe/Vienna", "TU Wien", Instant.parse("2026-12-07T08:00:00Z"),
                        Instant.parse("2026-12-09T18:00:00Z"), null, 1, WorkshopChanged.REASON_CREATED));
        List<String> names = KeycloakUsers.createAttendees(issuer, "announce-" + System.nanoTime(), 3);
        register(workshop, names.get(0), "VIRTUAL", "CONFIRMED");
        register(workshop, names.get(1), "IN_PERSON", "CONFIRMED");
        register(workshop, names.get(2), "VIRTUAL", "CANCELLED");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Rows.count(database, "SELECT count(*) AS n FROM registration_projection WHERE workshop_id = $1", workshop) == 3
                && Rows.workshopKnown(database, workshop));

        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "Stream link moved", "body", "Use the new room <script>alert(1)</script>", "audience", "VIRTUAL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(202).body("recipients", equalTo(1));

        String virtual = names.get(0) + "@bench.workshop.test";
        Awaitility.await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() -> MailBox.to(virtual).size() == 1);
        assertEquals("Stream link moved", MailBox.subject(MailBox.to(virtual).getFirst()));
        String html = MailBox.html(MailBox.to(virtual).getFirst());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertEquals(0, MailBox.to(names.get(1) + "@bench.workshop.test").stream()
                .filter(m -> MailBox.subject(m).equals("Stream link moved")).count(), "in-person people are not the audience");
        assertEquals(0, MailBox.to(names.get(2) + "@bench.workshop.test").stream()
                .filter(m -> MailBox.subject(m).equals("Stream link moved")).count(), "nor are cancelled ones");

        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "audience", "EVERYONE"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(400);
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", " ", "body", "y", "audience", "ALL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(400).body("violations.field", hasItem("subject"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "audience", "ALL"))
                .when().post("/api/workshops/no-such-workshop/announcements").then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "audience", "ALL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(403);
    }

    /** A snapshot whose reason tells nothing by itself, so only the announcement emails are counted. */
    private void register(String workshop, String name, String mode, String status) {
        String attendee = Tokens.subjectOf(Tokens.accessToken(issuer, name));
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, attendee), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", new RegistrationChanged(UUID.randomUUID(), workshop, attendee, name + "@bench.workshop.test",
                        name, null, mode, status, null, null, !"CANCELLED".equals(status), null, null, Instant.now(), Instant.now(), 1,
                        "CHECKED_IN"));
    }
}
