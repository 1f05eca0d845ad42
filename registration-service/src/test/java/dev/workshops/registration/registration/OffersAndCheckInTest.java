package dev.workshops.registration.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.Tokens;
import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OffersAndCheckInTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void acceptingAnOfferConfirmsTheSeatWithATicket() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        List<String> people = people("accept", 2);
        register(people.get(0), workshop);
        register(people.get(1), workshop);
        cancel(people.get(0), workshop);

        post(people.get(1), workshop, "/me/offer/accept").statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("ticketCode", startsWith("W1-")).body("offerExpiresAt", nullValue());
        post(people.get(1), workshop, "/me/offer/accept").statusCode(409);
    }

    @Test
    void decliningAnOfferMovesThePersonToVirtualAndPassesTheSeatOn() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        List<String> people = people("decline", 3);
        people.forEach(person -> register(person, workshop));
        cancel(people.get(0), workshop);

        post(people.get(1), workshop, "/me/offer/decline").statusCode(200)
                .body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED")).body("streamAccess", equalTo(true));
        mine(people.get(2), workshop).body("status", equalTo("OFFERED")).body("offerExpiresAt", notNullValue());
    }

    @Test
    void anExpiredOfferMovesThePersonToVirtualAndTheSeatPassesOn() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT1S");
        List<String> people = people("expire", 3);
        people.forEach(person -> register(person, workshop));
        cancel(people.get(0), workshop);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mine(people.get(1), workshop).body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mine(people.get(2), workshop).body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED")));
    }

    @Test
    void aFreedVirtualPlaceIsConfirmedDirectlyNeverOffered() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON)
                .body("""
                        {"inPersonCapacity": 1, "virtualCapacity": 1, "opensAt": "2026-01-01T00:00:00Z",
                         "closesAt": "2027-12-07T00:00:00Z", "offerTtl": "PT2H"}""")
                .when().put("/api/workshops/" + workshop + "/registration-policy").then().statusCode(200);
        List<String> people = people("virtualfreed", 2);
        given().auth().oauth2(people.get(0)).contentType(ContentType.JSON).body("{\"mode\": \"VIRTUAL\"}")
                .when().post("/api/workshops/" + workshop + "/registrations").then().statusCode(201).body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(people.get(1)).contentType(ContentType.JSON).body("{\"mode\": \"VIRTUAL\"}")
                .when().post("/api/workshops/" + workshop + "/registrations").then().statusCode(201).body("status", equalTo("WAITLISTED"));

        cancel(people.get(0), workshop);

        mine(people.get(1), workshop).body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED"))
                .body("ticketCode", nullValue()).body("offerExpiresAt", nullValue());
    }

    @Test
    void withoutAnOpenOfferAcceptingIs409() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        String person = people("nooffer", 1).getFirst();
        register(person, workshop);
        post(person, workshop, "/me/offer/accept").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void staffCheckInATicketOnceAndASecondScanSaysWhen() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String person = people("checkin", 1).getFirst();
        String ticket = register(person, workshop).extract().path("ticketCode");
        String stan = Tokens.accessToken(issuer, "stan");

        String firstTime = checkIn(stan, workshop, ticket).statusCode(200)
                .body("registration.status", equalTo("CONFIRMED")).body("checkedInAt", notNullValue())
                .extract().path("checkedInAt");
        checkIn(stan, workshop, ticket).statusCode(409).body("checkedInAt", equalTo(firstTime))
                .body("detail", containsString("Already checked in"));
        mine(person, workshop).body("checkedInAt", equalTo(firstTime));
    }

    @Test
    void forgedMalformedAndForeignTicketsAreRefused() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String ticket = register(people("forged", 1).getFirst(), workshop).extract().path("ticketCode");
        String stan = Tokens.accessToken(issuer, "stan");
        char last = ticket.charAt(ticket.length() - 1);
        String forged = ticket.substring(0, ticket.length() - 1) + (last == 'A' ? 'B' : 'A');

        checkIn(stan, workshop, forged).statusCode(400);
        checkIn(stan, workshop, "not a ticket").statusCode(400);
        checkIn(stan, TestWorkshops.openWithSeats(kafka, issuer, 1, null), ticket).statusCode(404);
        checkIn(Tokens.accessToken(issuer, "alice"), workshop, ticket).statusCode(403);
    }

    @Test
    void aCancelledRegistrationsTicketDoesNotCheckIn() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String person = people("cancelled", 1).getFirst();
        String ticket = register(person, workshop).extract().path("ticketCode");
        cancel(person, workshop);
        checkIn(Tokens.accessToken(issuer, "stan"), workshop, ticket).statusCode(409)
                .body("detail", containsString("not for a confirmed in-person seat"));
    }

    @Test
    void theTicketQrCodeScansBackToTheTicketCode() throws Exception {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> people = people("qr", 2);
        String ticket = register(people.get(0), workshop).extract().path("ticketCode");
        register(people.get(1), workshop);

        byte[] png = given().auth().oauth2(people.get(0)).when().get("/api/workshops/" + workshop + "/registrations/me/ticket.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(ticket, scanned);

        given().auth().oauth2(people.get(1)).when().get("/api/workshops/" + workshop + "/registrations/me/ticket.png")
                .then().statusCode(404);
    }

    private List<String> people(String role, int count) {
        return KeycloakUsers.createAttendees(issuer, role + "-" + System.nanoTime(), count).stream()
                .map(name -> Tokens.accessToken(issuer, name)).toList();
    }

    private static ValidatableResponse register(String token, String workshop) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"mode\": \"IN_PERSON\"}")
                .when().post("/api/workshops/" + workshop + "/registrations").then().statusCode(201);
    }

    private static void cancel(String token, String workshop) {
        given().auth().oauth2(token).when().delete("/api/workshops/" + workshop + "/registrations/me").then().statusCode(200);
    }

    private static ValidatableResponse mine(String token, String workshop) {
        return given().auth().oauth2(token).when().get("/api/workshops/" + workshop + "/registrations/me").then().statusCode(200);
    }

    private static ValidatableResponse post(String token, String workshop, String path) {
        return given().auth().oauth2(token).when().post("/api/workshops/" + workshop + "/registrations" + path).then();
    }

    private static ValidatableResponse checkIn(String token, String workshop, String ticket) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"ticketCode\": \"" + ticket + "\"}")
                .when().post("/api/workshops/" + workshop + "/check-ins").then();
    }
}
