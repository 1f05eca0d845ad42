package dev.workshops.notification.unsubscribe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.notification.TestFacts.Person;
import dev.workshops.notification.delivery.Deliveries.Concern;
import dev.workshops.support.security.SignedTokens;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** RFC 8058: a bulk email's one-click opt-out, posted by the mail provider with no login, and honoured after. */
@QuarkusTest
class OneClickOptOutTest {

    private static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Inject
    UnsubscribeLinks links;

    @Test
    void anAnnouncementCarriesAOneClickOptOutWhosePostTurnsOffTheNextOne() throws Exception {
        String workshop = facts.workshop("Opt-out workshop", clock.instant().plus(Duration.ofDays(30)), clock.instant().plus(Duration.ofDays(31)));
        List<Person> people = facts.people("optout", 2);
        Person ada = people.get(0);
        Person bob = people.get(1);
        facts.registered(workshop, ada, "VIRTUAL", "CONFIRMED");
        facts.registered(workshop, bob, "IN_PERSON", "CONFIRMED");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM registration_projection WHERE workshop_id = $1", workshop) == 2);

        announce(workshop, "Doors open at 8");
        MimeMessage first = facts.settledMail(ada.email()).getFirst();
        String[] headers = first.getHeader("List-Unsubscribe");
        assertEquals(1, headers.length);
        // A long header may be folded on its way; a mail client reads it unfolded.
        String unsubscribe = MimeUtility.unfold(headers[0]).replaceAll("\\s", "");
        assertTrue(unsubscribe.matches("<https://notifications\\.workshop\\.test/api/notifications/unsubscribe/U1\\.[A-Za-z0-9_.-]+>"),
                unsubscribe);
        assertEquals(ONE_CLICK, first.getHeader("List-Unsubscribe-Post")[0]);
        URI link = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        assertTrue(MailBox.text(first).contains("No more announcements by email (one click): " + link), MailBox.text(first));
        facts.settledMail(bob.email());

        // Following the link (a scanner, a preview, the person) changes nothing: it offers the button.
        given().when().get(link.getRawPath()).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<form method=\"post\">")).body(containsString("Turn off announcements by email"));
        given().auth().oauth2(ada.token()).when().get("/api/notifications/me/preferences").then().statusCode(200)
                .body("announcements", equalTo(true));

        // The mail provider's one-click POST, without any login.
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .when().post(link.getRawPath()).then().statusCode(200).body(containsString("no more announcements by email"));
        given().auth().oauth2(ada.token()).when().get("/api/notifications/me/preferences").then().statusCode(200)
                .body("announcements", equalTo(false)).body("email", equalTo(true)).body("reminders", equalTo(true))
                .body("scheduleChanges", equalTo(true));
        // Saving the preferences from a form that does not know the field yet keeps the opt-out.
        given().auth().oauth2(ada.token()).contentType(ContentType.JSON)
                .body(Map.of("email", true, "scheduleChanges", true, "reminders", true))
                .when().put("/api/notifications/me/preferences").then().statusCode(200).body("announcements", equalTo(false));

        announce(workshop, "Lunch moved to 13:00");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(bob.email()).size() == 2);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.noticesOf(ada) == 2);
        assertEquals(1, facts.count("SELECT count(*) AS n FROM delivery WHERE recipient = $1", ada.email()),
                "the second announcement is in Ada's feed, but no email of it was even recorded");
        assertEquals(1, MailBox.to(ada.email()).size());
    }

    @Test
    void aForgedOrAlteredOptOutLinkIsRefusedWithAProblemAndChangesNothing() {
        String owner = "forged-" + System.nanoTime();
        String genuine = URI.create(links.of(owner, Concern.ANNOUNCEMENTS)).getRawPath();
        char last = genuine.charAt(genuine.length() - 1);
        String altered = genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A');
        String otherKey = "/api/notifications/unsubscribe/" + new SignedTokens("U1.", "someone-elses-key-of-thirty-two-chars", 16, 1024)
                .sign(("ANNOUNCEMENTS:" + owner).getBytes(StandardCharsets.UTF_8));
        String ownerChanged = genuine.replaceFirst("U1\\.[^.]+", "U1." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("ANNOUNCEMENTS:" + owner + "x").getBytes(StandardCharsets.UTF_8)));
        for (String path : List.of(altered, otherKey, ownerChanged, "/api/notifications/unsubscribe/not-a-token")) {
            given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when().post(path).then()
                    .statusCode(403).contentType("application/problem+json").body("status", equalTo(403))
                    .body("detail", containsString("not one we sent"));
            given().when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(0, facts.count("SELECT count(*) AS n FROM recipient_preferences WHERE recipient_id LIKE $1", owner + "%"));
        // The genuine one works for someone who never saved preferences: everything else stays on.
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when().post(genuine).then().statusCode(200);
        assertEquals(1, facts.count("SELECT count(*) AS n FROM recipient_preferences WHERE recipient_id = $1 AND NOT announcements "
                + "AND email AND reminders AND schedule_changes", owner));
    }

    private void announce(String workshop, String subject) {
        given().auth().oauth2(facts.token("olivia")).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "body", "See you there.", "audience", "ALL"))
                .when().post("/api/workshops/" + workshop + "/announcements").then().statusCode(202).body("recipients", equalTo(2));
    }
}
