package dev.workshops.notification.announcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.notification.TestFacts.Person;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnnouncementsTest {

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void theAudienceSizeIsCountedBeforeSendingAsTheSendingPicksIt() {
        String workshop = facts.workshop("Counted workshop", clock.instant().plus(Duration.ofDays(30)),
                clock.instant().plus(Duration.ofDays(32)));
        List<Person> people = facts.people("audience", 5);
        facts.registered(workshop, people.get(0), "VIRTUAL", "CONFIRMED");
        facts.registered(workshop, people.get(1), "VIRTUAL", "WAITLISTED");
        facts.registered(workshop, people.get(2), "IN_PERSON", "CONFIRMED");
        facts.registered(workshop, people.get(3), "IN_PERSON", "WAITLISTED");
        facts.registered(workshop, people.get(4), "VIRTUAL", "CANCELLED");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                facts.count("SELECT count(*) AS n FROM registration_projection WHERE workshop_id = $1", workshop) == 5
                && facts.workshopKnown(workshop));
        String olivia = facts.token("olivia");

        Map<String, Integer> sizes = Map.of("ALL", 4, "IN_PERSON", 1, "VIRTUAL", 2, "WAITLISTED", 2);
        sizes.forEach((audience, size) -> given().auth().oauth2(olivia).queryParam("audience", audience)
                .when().get("/api/workshops/" + workshop + "/announcements/audience")
                .then().statusCode(200).body("audience", equalTo(audience)).body("recipients", equalTo(size)));
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "Counted", "body", "As shown", "audience", "VIRTUAL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(202).body("recipients", equalTo(2));

        given().auth().oauth2(olivia).queryParam("audience", "EVERYONE").when().get("/api/workshops/" + workshop + "/announcements/audience")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("audience"));
        given().auth().oauth2(olivia).when().get("/api/workshops/" + workshop + "/announcements/audience")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(olivia).queryParam("audience", "ALL").when().get("/api/workshops/no-such-workshop/announcements/audience")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(facts.token("alice")).queryParam("audience", "ALL")
                .when().get("/api/workshops/" + workshop + "/announcements/audience").then().statusCode(403);
    }

    @Test
    void anAnnouncementReachesItsAudienceOnceWithTheirWordsEscaped() {
        String workshop = facts.workshop("Announced workshop", clock.instant().plus(Duration.ofDays(30)),
                clock.instant().plus(Duration.ofDays(32)));
        List<Person> people = facts.people("announce", 3);
        // Snapshots whose reason tells nothing by themselves, so only the announcement emails are counted.
        facts.registered(workshop, people.get(0), "VIRTUAL", "CONFIRMED");
        facts.registered(workshop, people.get(1), "IN_PERSON", "CONFIRMED");
        facts.registered(workshop, people.get(2), "VIRTUAL", "CANCELLED");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                facts.count("SELECT count(*) AS n FROM registration_projection WHERE workshop_id = $1", workshop) == 3
                && facts.workshopKnown(workshop));

        String olivia = facts.token("olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "Stream link moved", "body", "Use the new room <script>alert(1)</script>", "audience", "VIRTUAL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(202).body("recipients", equalTo(1));

        List<MimeMessage> virtual = facts.settledMail(people.get(0).email());
        assertEquals(1, virtual.size());
        assertEquals("Stream link moved", MailBox.subject(virtual.getFirst()));
        String html = MailBox.html(virtual.getFirst());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        // The whole audience is told in the transaction that told the first person.
        assertEquals(0, facts.noticesOf(people.get(1)), "in-person people are not the audience");
        assertEquals(0, facts.noticesOf(people.get(2)), "nor are cancelled ones");

        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "audience", "EVERYONE"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(400);
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", " ", "body", "y", "audience", "ALL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(400).body("violations.field", hasItem("subject"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "audience", "ALL"))
                .when().post("/api/workshops/no-such-workshop/announcements").then().statusCode(404);
        given().auth().oauth2(facts.token("alice")).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "audience", "ALL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(403);
    }
}
