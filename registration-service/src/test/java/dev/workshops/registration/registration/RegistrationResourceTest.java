package dev.workshops.registration.registration;

import static dev.workshops.registration.TestAttendees.cancel;
import static dev.workshops.registration.TestAttendees.mine;
import static dev.workshops.registration.TestAttendees.people;
import static dev.workshops.registration.TestAttendees.register;
import static dev.workshops.registration.TestWorkshops.now;
import static dev.workshops.registration.TestWorkshops.policy;
import static dev.workshops.registration.TestWorkshops.putPolicy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationResourceTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void anAttendeeRegisteringInPersonGetsASeatAndASignedTicket() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 5, null);
        String token = people(issuer, "seat", 1).getFirst();

        register(token, workshop, "IN_PERSON").statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("mode", equalTo("IN_PERSON"))
                .body("streamAccess", equalTo(true))
                .body("ticketCode", startsWith("W1-"))
                .body("waitlistPosition", nullValue())
                .body("email", org.hamcrest.Matchers.endsWith("-0@bench.workshop.test"));
        mine(token, workshop).statusCode(200).body("status", equalTo("CONFIRMED"));
        // The fact says the identity provider vouched for the address, so consumers may find the person by it.
        TestEvents.Received fact = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(kafka, Topics.REGISTRATIONS)
                .stream().filter(each -> each.key().startsWith(workshop + "/")).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertTrue(fact.value().replace(" ", "").contains("\"emailVerified\":true"), fact.value());
        // And it says where the workshop takes place, so the confirmation can name the venue.
        assertTrue(fact.value().replace(" ", "").contains("\"venue\":\"MTCC\""), fact.value());
    }

    @Test
    void whenSeatsAreGoneTheNextPersonIsWaitlistedAndKeepsStreamAccess() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> tokens = people(issuer, "full", 3);

        register(tokens.get(0), workshop, "IN_PERSON").statusCode(201).body("status", equalTo("CONFIRMED"));
        register(tokens.get(1), workshop, "IN_PERSON").statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1))
                .body("streamAccess", equalTo(true)).body("ticketCode", nullValue());
        register(tokens.get(2), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(2));
    }

    @Test
    void virtualAttendanceIsUnlimitedByDefault() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 0, null);
        register(people(issuer, "virtual", 1).getFirst(), workshop, "VIRTUAL").statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("streamAccess", equalTo(true)).body("ticketCode", nullValue());
    }

    @Test
    void aSecondActiveRegistrationIs409WithTheExistingOne() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 5, null);
        String token = people(issuer, "twice", 1).getFirst();
        register(token, workshop, "VIRTUAL").statusCode(201);

        register(token, workshop, "IN_PERSON").statusCode(409)
                .contentType("application/problem+json")
                .body("existing.mode", equalTo("VIRTUAL"))
                .body("existing.status", equalTo("CONFIRMED"));
    }

    @Test
    void cancellingAConfirmedSeatPromotesTheHeadOfTheWaitlist() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> tokens = people(issuer, "promote", 3);
        register(tokens.get(0), workshop, "IN_PERSON").statusCode(201);
        register(tokens.get(1), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(1));
        register(tokens.get(2), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(2));

        cancel(tokens.get(0), workshop).statusCode(200).body("status", equalTo("CANCELLED")).body("streamAccess", equalTo(false));

        mine(tokens.get(1), workshop).statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("ticketCode", startsWith("W1-")).body("waitlistPosition", nullValue());
        mine(tokens.get(2), workshop).statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
    }

    @Test
    void withAnOfferTtlTheHeadOfTheWaitlistIsOfferedTheSeatUntilItExpires() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, "PT2H");
        List<String> tokens = people(issuer, "offer", 2);
        register(tokens.get(0), workshop, "IN_PERSON").statusCode(201);
        register(tokens.get(1), workshop, "IN_PERSON").statusCode(201);

        cancel(tokens.get(0), workshop).statusCode(200);

        mine(tokens.get(1), workshop).statusCode(200)
                .body("status", equalTo("OFFERED")).body("offerExpiresAt", notNullValue()).body("streamAccess", equalTo(true));
    }

    @Test
    void reRegisteringAfterCancellingGoesToTheBackOfTheQueue() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> tokens = people(issuer, "requeue", 3);
        register(tokens.get(0), workshop, "IN_PERSON").statusCode(201);
        register(tokens.get(1), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(1));
        register(tokens.get(2), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(2));

        cancel(tokens.get(1), workshop).statusCode(200);
        register(tokens.get(1), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(2));
        mine(tokens.get(2), workshop).statusCode(200).body("waitlistPosition", equalTo(1));
    }

    @Test
    void switchingFromInPersonToVirtualPassesTheSeatOn() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> tokens = people(issuer, "tovirtual", 2);
        register(tokens.get(0), workshop, "IN_PERSON").statusCode(201);
        register(tokens.get(1), workshop, "IN_PERSON").statusCode(201).body("status", equalTo("WAITLISTED"));

        switchMode(tokens.get(0), workshop, "VIRTUAL").statusCode(200)
                .body("mode", equalTo("VIRTUAL")).body("status", equalTo("CONFIRMED"))
                .body("ticketCode", nullValue()).body("streamAccess", equalTo(true));
        mine(tokens.get(1), workshop).statusCode(200).body("status", equalTo("CONFIRMED")).body("ticketCode", startsWith("W1-"));
    }

    @Test
    void switchingFromVirtualToInPersonJoinsTheBackOfThatQueueAndKeepsWatching() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> tokens = people(issuer, "toinperson", 3);
        register(tokens.get(0), workshop, "IN_PERSON").statusCode(201);
        register(tokens.get(1), workshop, "VIRTUAL").statusCode(201);
        register(tokens.get(2), workshop, "IN_PERSON").statusCode(201).body("waitlistPosition", equalTo(1));

        switchMode(tokens.get(1), workshop, "IN_PERSON").statusCode(200)
                .body("mode", equalTo("IN_PERSON")).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(2)).body("streamAccess", equalTo(true));
    }

    @Test
    void switchingToTheModeOneHasChangesNothing() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String token = people(issuer, "samemode", 1).getFirst();
        int version = register(token, workshop, "IN_PERSON").statusCode(201).extract().path("version");
        switchMode(token, workshop, "IN_PERSON").statusCode(200).body("version", equalTo(version)).body("status", equalTo("CONFIRMED"));
        switchMode(token, workshop, "BY_PIGEON").statusCode(400).body("violations.field", hasItem("mode"));
    }

    @Test
    void raisingTheCapacityPromotesAtOnceAndLoweringBelowTakenSeatsIs409() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        List<String> tokens = people(issuer, "capacity", 3);
        tokens.forEach(token -> register(token, workshop, "IN_PERSON").statusCode(201));
        String olivia = Tokens.accessToken(issuer, "olivia");

        putPolicy(olivia, workshop, policy(2, null, null, now())).statusCode(200);
        mine(tokens.get(1), workshop).statusCode(200).body("status", equalTo("CONFIRMED"));
        mine(tokens.get(2), workshop).statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        putPolicy(olivia, workshop, policy(1, null, null, now())).statusCode(409).body("taken", equalTo(2));
    }

    @Test
    void outsideTheWindowRegistrationIs409AndAnUnknownWorkshopIs404() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        Instant opensAt = now().plus(Duration.ofDays(30));
        putPolicy(Tokens.accessToken(issuer, "olivia"), workshop, policy(1, null, null, opensAt)).statusCode(200);
        String token = people(issuer, "window", 1).getFirst();

        register(token, workshop, "IN_PERSON").statusCode(409).body("opensAt", equalTo(opensAt.toString()));
        register(token, "no-such-workshop", "IN_PERSON").statusCode(404);
    }

    @Test
    void badInputIs400AndNothingIsWritten() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String token = people(issuer, "bad", 1).getFirst();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"mode\": \"ON_THE_MOON\"}")
                .when().post("/api/workshops/" + workshop + "/registrations")
                .then().statusCode(400).body("violations.field", hasItem("mode"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/workshops/" + workshop + "/registrations")
                .then().statusCode(400).body("violations.field", hasItem("mode"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mode\": \"IN_PERSON\", \"affiliation\": \"" + "x".repeat(201) + "\"}")
                .when().post("/api/workshops/" + workshop + "/registrations")
                .then().statusCode(400).body("violations.field", hasItem("affiliation"));
        mine(token, workshop).statusCode(404);
    }

    @Test
    void markupInTextFieldsIsStoredAsPlainText() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        String token = people(issuer, "markup", 1).getFirst();
        String affiliation = "<script>alert(1)</script>'; DROP TABLE registration; --";
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mode\": \"VIRTUAL\", \"affiliation\": \"" + affiliation.replace("\"", "\\\"") + "\"}")
                .when().post("/api/workshops/" + workshop + "/registrations")
                .then().statusCode(201).body("affiliation", equalTo(affiliation));
        mine(token, workshop).statusCode(200).body("affiliation", equalTo(affiliation));
    }

    @Test
    void onlyAttendeesRegisterAndNobodyWithoutAToken() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 1, null);
        register(Tokens.accessToken(issuer, "olivia"), workshop, "IN_PERSON").statusCode(403);
        given().contentType(ContentType.JSON).body("{\"mode\": \"IN_PERSON\"}")
                .when().post("/api/workshops/" + workshop + "/registrations").then().statusCode(401);
    }

    private static ValidatableResponse switchMode(String token, String workshop, String mode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"mode\": \"" + mode + "\"}")
                .when().put("/api/workshops/" + workshop + "/registrations/me/mode").then();
    }
}
