package dev.workshops.registration.registration;

import static dev.workshops.registration.TestAttendees.cancel;
import static dev.workshops.registration.TestAttendees.mine;
import static dev.workshops.registration.TestAttendees.people;
import static dev.workshops.registration.TestAttendees.register;
import static dev.workshops.registration.TestWorkshops.now;
import static dev.workshops.registration.TestWorkshops.policy;
import static dev.workshops.registration.TestWorkshops.putPolicy;
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
import dev.workshops.infra.Tokens;
import dev.workshops.support.time.TestClock;
import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
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

    @Inject
    TestClock clock;

    @Test
    void acceptingAnOfferConfirmsTheSeatWithATicket() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        List<String> people = people(issuer, "accept", 2);
        register(people.get(0), workshop, "IN_PERSON").statusCode(201);
        register(people.get(1), workshop, "IN_PERSON").statusCode(201);
        cancel(people.get(0), workshop).statusCode(200);

        post(people.get(1), workshop, "/me/offer/accept").statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("ticketCode", startsWith("W1-")).body("offerExpiresAt", nullValue());
        post(people.get(1), workshop, "/me/offer/accept").statusCode(409);
    }

    @Test
    void decliningAnOfferMovesThePersonToVirtualAndPassesTheSeatOn() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        List<String> people = people(issuer, "decline", 3);
        people.forEach(person -> register(person, workshop, "IN_PERSON").statusCode(201));
        cancel(people.get(0), workshop).statusCode(200);

        post(people.get(1), workshop, "/me/offer/decline").statusCode(200)
                .body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED")).body("streamAccess", equalTo(true));
        mine(people.get(2), workshop).statusCode(200).body("status", equalTo("OFFERED")).body("offerExpiresAt", notNullValue());
    }

    @Test
    void anExpiredOfferMovesThePersonToVirtualAndTheSeatPassesOn() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        List<String> people = people(issuer, "expire", 3);
        people.forEach(person -> register(person, workshop, "IN_PERSON").statusCode(201));
        cancel(people.get(0), workshop).statusCode(200);
        mine(people.get(1), workshop).statusCode(200).body("status", equalTo("OFFERED"));

        clock.advance(Duration.ofHours(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mine(people.get(1), workshop).statusCode(200).body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED")));
        mine(people.get(2), workshop).statusCode(200).body("status", equalTo("OFFERED"));

        clock.advance(Duration.ofHours(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mine(people.get(2), workshop).statusCode(200).body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED")));
    }

    @Test
    void aFreedVirtualPlaceIsConfirmedDirectlyNeverOffered() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        putPolicy(Tokens.accessToken(issuer, "olivia"), workshop, policy(1, 1, "PT2H", now())).statusCode(200);
        List<String> people = people(issuer, "virtualfreed", 2);
        register(people.get(0), workshop, "VIRTUAL").statusCode(201).body("status", equalTo("CONFIRMED"));
        register(people.get(1), workshop, "VIRTUAL").statusCode(201).body("status", equalTo("WAITLISTED"));

        cancel(people.get(0), workshop).statusCode(200);

        mine(people.get(1), workshop).statusCode(200).body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED"))
                .body("ticketCode", nullValue()).body("offerExpiresAt", nullValue());
    }

    @Test
    void withoutAnOpenOfferAcceptingIs409() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        String person = people(issuer, "nooffer", 1).getFirst();
        register(person, workshop, "IN_PERSON").statusCode(201);
        post(person, workshop, "/me/offer/accept").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void staffCheckInATicketOnceAndASecondScanSaysWhen() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String person = people(issuer, "checkin", 1).getFirst();
        String ticket = register(person, workshop, "IN_PERSON").statusCode(201).extract().path("ticketCode");
        String stan = Tokens.accessToken(issuer, "stan");

        String firstTime = checkIn(stan, workshop, ticket).statusCode(200)
                .body("registration.status", equalTo("CONFIRMED")).body("checkedInAt", notNullValue())
                .extract().path("checkedInAt");
        checkIn(stan, workshop, ticket).statusCode(409).body("checkedInAt", equalTo(firstTime))
                .body("detail", containsString("Already checked in"));
        mine(person, workshop).statusCode(200).body("checkedInAt", equalTo(firstTime));
    }

    @Test
    void forgedMalformedAndForeignTicketsAreRefused() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String ticket = register(people(issuer, "forged", 1).getFirst(), workshop, "IN_PERSON").statusCode(201).extract().path("ticketCode");
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
        String person = people(issuer, "cancelled", 1).getFirst();
        String ticket = register(person, workshop, "IN_PERSON").statusCode(201).extract().path("ticketCode");
        cancel(person, workshop).statusCode(200);
        checkIn(Tokens.accessToken(issuer, "stan"), workshop, ticket).statusCode(409)
                .body("detail", containsString("not for a confirmed in-person seat"));
    }

    @Test
    void theTicketQrCodeScansBackToTheTicketCode() throws Exception {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> people = people(issuer, "qr", 2);
        String ticket = register(people.get(0), workshop, "IN_PERSON").statusCode(201).extract().path("ticketCode");
        register(people.get(1), workshop, "IN_PERSON").statusCode(201);

        byte[] png = given().auth().oauth2(people.get(0)).when().get("/api/workshops/" + workshop + "/registrations/me/ticket.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(ticket, scanned);

        given().auth().oauth2(people.get(1)).when().get("/api/workshops/" + workshop + "/registrations/me/ticket.png")
                .then().statusCode(404);
    }

    private static ValidatableResponse post(String token, String workshop, String path) {
        return given().auth().oauth2(token).when().post("/api/workshops/" + workshop + "/registrations" + path).then();
    }

    private static ValidatableResponse checkIn(String token, String workshop, String ticket) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"ticketCode\": \"" + ticket + "\"}")
                .when().post("/api/workshops/" + workshop + "/check-ins").then();
    }
}
