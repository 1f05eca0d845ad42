package dev.workshops.schedule.mentoring;

import static dev.workshops.schedule.TestSchedule.december;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.events.CallChanged;
import dev.workshops.events.EventTypes;
import dev.workshops.events.MentoringBookingChanged;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.schedule.TestSchedule;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentoringTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestClock clock;

    @Test
    void fiftyConcurrentBookingsForAThreeSeatSlotGiveExactlyThree() throws Exception {
        String workshop = new TestSchedule(issuer, kafka).workshop();
        String mike = Tokens.accessToken(issuer, "mike");
        String warmUp = slot(mike, workshop, december("08T10:00:00Z"), december("08T11:00:00Z"), 50, "IN_PERSON");
        String contested = slot(mike, workshop, december("08T12:00:00Z"), december("08T12:30:00Z"), 3, "ONLINE");
        List<String> people = people("rush", 50);
        people.forEach(person -> register(workshop, person, "CONFIRMED", true, 1));
        // Each books a roomy slot first: once that works, the registration has reached the projection.
        for (String person : people) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(person, warmUp).extract().statusCode() == 201);
        }

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> attempts = people.stream().map(person -> http.sendAsync(
                HttpRequest.newBuilder(base.resolve("/api/mentoring/slots/" + contested + "/bookings"))
                        .header("Authorization", "Bearer " + person).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString())).toList();
        Map<Integer, Long> answers = attempts.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 3L, 409, 47L), answers);

        given().auth().oauth2(mike).when().get("/api/workshops/" + workshop + "/mentoring/slots").then().statusCode(200)
                .body("find { it.id == '" + contested + "' }.booked", equalTo(3))
                .body("find { it.id == '" + contested + "' }.meetingUrl", equalTo("https://meet.example.org/mike"));
        given().auth().oauth2(people.getFirst()).queryParam("available", true)
                .when().get("/api/workshops/" + workshop + "/mentoring/slots").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(contested)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(3, bookingFacts().stream().filter(f -> f.slot().slotId().toString().equals(contested)).count()));
    }

    @Test
    void onlyPeopleWithAnActiveRegistrationMayBook() {
        String workshop = new TestSchedule(issuer, kafka).workshop();
        String mike = Tokens.accessToken(issuer, "mike");
        String first = slot(mike, workshop, december("08T10:00:00Z"), december("08T11:00:00Z"), 10, "IN_PERSON");
        List<String> people = people("who", 4);
        String stranger = people.get(0);
        String cancelled = people.get(1);
        String waitingWithStream = people.get(2);
        String leaving = people.get(3);
        register(workshop, cancelled, "CANCELLED", false, 2);
        register(workshop, waitingWithStream, "WAITLISTED", true, 1);
        UUID leavingRegistration = register(workshop, leaving, "CONFIRMED", true, 1);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(waitingWithStream, first).extract().statusCode() == 201);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(leaving, first).extract().statusCode() == 201);
        book(stranger, first).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("active registration"));
        book(cancelled, first).statusCode(403);

        // The same registration, cancelled (version 2): a later booking is refused.
        publish(FactBuilders.registration(workshop, Tokens.subjectOf(leaving)).id(leavingRegistration)
                .status(RegistrationChanged.Status.CANCELLED).version(2, RegistrationChanged.Reason.CANCELLED)
                .createdAt(Instant.now().minusSeconds(3600)).build());
        String second = slot(mike, workshop, december("08T12:00:00Z"), december("08T13:00:00Z"), 10, "IN_PERSON");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(leaving, second).extract().statusCode() == 403);
        // Registering again is a new registration, which wins over the old one's snapshots.
        register(workshop, leaving, "CONFIRMED", true, 1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(leaving, second).extract().statusCode() == 201);
    }

    @Test
    void limitsOverlapsMeetingLinksAndCancellations() throws Exception {
        String workshop = new TestSchedule(issuer, kafka).workshop();
        String mike = Tokens.accessToken(issuer, "mike");
        String otherMentor = Tokens.accessToken(issuer, KeycloakUsers.create(issuer, "mentor-" + System.nanoTime(), 1, "mentor").getFirst());
        String morning = slot(mike, workshop, december("08T09:00:00Z"), december("08T10:00:00Z"), 2, "ONLINE");
        String noon = slot(mike, workshop, december("08T12:00:00Z"), december("08T13:00:00Z"), 2, "IN_PERSON");
        String evening = slot(otherMentor, workshop, december("08T17:00:00Z"), december("08T18:00:00Z"), 2, "IN_PERSON");
        String overlapping = slot(otherMentor, workshop, december("08T09:30:00Z"), december("08T10:30:00Z"), 2, "ONLINE");
        List<String> people = people("limits", 2);
        String ana = people.get(0);
        String ben = people.get(1);
        register(workshop, ana, "CONFIRMED", true, 1);
        register(workshop, ben, "CONFIRMED", true, 1);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(ana, morning).extract().statusCode() == 201);
        book(ana, morning).statusCode(409).body("detail", containsString("already booked"));
        String noonBooking = book(ana, noon).statusCode(201).body("slot.location", equalTo("Room M")).extract().path("id");
        book(ana, evening).statusCode(409).body("maxMentoringBookings", equalTo(2));
        given().auth().oauth2(ana).when().delete("/api/mentoring/bookings/" + noonBooking).then().statusCode(204);
        book(ana, overlapping).statusCode(409).body("conflictingSlot", equalTo(morning));
        book(ana, evening).statusCode(201);
        book(ana, UUID.randomUUID().toString()).statusCode(404);

        // The meeting link is for the mentor and the booked only.
        given().auth().oauth2(ana).when().get("/api/workshops/" + workshop + "/mentoring/slots").then().statusCode(200)
                .body("find { it.id == '" + morning + "' }.meetingUrl", equalTo("https://meet.example.org/mike"))
                .body("find { it.id == '" + overlapping + "' }.meetingUrl", nullValue());
        given().auth().oauth2(ben).when().get("/api/workshops/" + workshop + "/mentoring/slots").then().statusCode(200)
                .body("find { it.id == '" + morning + "' }.meetingUrl", nullValue());
        String anasMorning = given().auth().oauth2(ana).when().get("/api/workshops/" + workshop + "/mentoring/bookings/me")
                .then().statusCode(200).extract().path("find { it.slotId == '" + morning + "' }.id");
        given().auth().oauth2(ben).when().delete("/api/mentoring/bookings/" + anasMorning).then().statusCode(403);

        // Another mentor may not cancel mike's slot; mike may, and that cancels its bookings.
        given().auth().oauth2(otherMentor).when().delete("/api/mentoring/slots/" + morning).then().statusCode(403);
        given().auth().oauth2(mike).when().delete("/api/mentoring/slots/" + morning).then().statusCode(204);
        given().auth().oauth2(ana).when().get("/api/workshops/" + workshop + "/agenda/me").then().statusCode(200)
                .body("mentoring.find { it.slotId == '" + morning + "' }.status", equalTo("CANCELLED"))
                .body("mentoring.find { it.slotId == '" + morning + "' }.slot.meetingUrl", nullValue())
                .body("mentoring.find { it.slotId == '" + evening + "' }.status", equalTo("BOOKED"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(
                List.of(MentoringBookingChanged.Reason.BOOKED, MentoringBookingChanged.Reason.CANCELLED_BY_MENTOR),
                bookingFacts().stream().filter(f -> f.bookingId().toString().equals(anasMorning))
                        .map(MentoringBookingChanged::reason).toList()));
    }

    @Test
    void aMentorSeesWhoBookedTheirOwnSlotsOnlyAndAnOrganizerSeesEveryMentors() {
        String workshop = new TestSchedule(issuer, kafka).workshop();
        String mike = Tokens.accessToken(issuer, "mike");
        String otherMentor = Tokens.accessToken(issuer, KeycloakUsers.create(issuer, "mentor-" + System.nanoTime(), 1, "mentor").getFirst());
        String mikes = slot(mike, workshop, december("08T09:00:00Z"), december("08T10:00:00Z"), 3, "ONLINE");
        String empty = slot(mike, workshop, december("08T11:00:00Z"), december("08T12:00:00Z"), 1, "IN_PERSON");
        String theirs = slot(otherMentor, workshop, december("08T14:00:00Z"), december("08T15:00:00Z"), 2, "IN_PERSON");
        List<String> names = KeycloakUsers.createAttendees(issuer, "booker-" + System.nanoTime(), 3);
        List<String> people = names.stream().map(name -> Tokens.accessToken(issuer, name)).toList();
        people.forEach(person -> register(workshop, person, "CONFIRMED", true, 1));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(people.get(0), mikes).extract().statusCode() == 201);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(people.get(1), mikes).extract().statusCode() == 201);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(people.get(2), theirs).extract().statusCode() == 201);
        String leaving = given().auth().oauth2(people.get(1)).when().get("/api/workshops/" + workshop + "/mentoring/bookings/me")
                .then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(people.get(1)).when().delete("/api/mentoring/bookings/" + leaving).then().statusCode(204);
        given().auth().oauth2(otherMentor).when().delete("/api/mentoring/slots/" + theirs).then().statusCode(204);
        String late = slot(otherMentor, workshop, december("08T16:00:00Z"), december("08T17:00:00Z"), 2, "IN_PERSON");
        book(people.get(2), late).statusCode(201);

        // mike: his two open slots in time order, the cancelled booking gone, the booker as their sign-in named them.
        mySlots(mike, workshop).statusCode(200)
                .body("slot.id", org.hamcrest.Matchers.contains(mikes, empty))
                .body("[0].slot.booked", equalTo(1)).body("[0].slot.meetingUrl", equalTo("https://meet.example.org/mike"))
                .body("[0].bookings.email", org.hamcrest.Matchers.contains(names.get(0) + "@bench.workshop.test"))
                .body("[0].bookings[0].name", equalTo("Attendee 0"))
                .body("[0].bookings[0].attendeeId", equalTo(Tokens.subjectOf(people.get(0))))
                .body("[1].bookings", org.hamcrest.Matchers.empty());
        // The other mentor sees their own open slot, never mike's bookers; the cancelled slot is gone.
        mySlots(otherMentor, workshop).statusCode(200)
                .body("slot.id", org.hamcrest.Matchers.contains(late))
                .body("[0].bookings.email", org.hamcrest.Matchers.contains(names.get(2) + "@bench.workshop.test"))
                .body("bookings.flatten().email", not(hasItem(names.get(0) + "@bench.workshop.test")));
        // An organizer sees every mentor's open slots, without their meeting links.
        mySlots(Tokens.accessToken(issuer, "olivia"), workshop).statusCode(200)
                .body("slot.id", org.hamcrest.Matchers.contains(mikes, empty, late))
                .body("[0].slot.meetingUrl", nullValue())
                .body("[0].bookings.email", org.hamcrest.Matchers.contains(names.get(0) + "@bench.workshop.test"));
        // An attendee, even one booked on the slot, is refused.
        mySlots(people.get(0), workshop).statusCode(403).contentType("application/problem+json");
        mySlots(mike, "no-such-workshop").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSlotTakesNoMoreBookingsOnceTheClockReachesItsStart() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String workshop = new TestSchedule(issuer, kafka).workshop(now.minus(Duration.ofHours(1)).toString(), now.plus(Duration.ofDays(1)).toString());
        String mike = Tokens.accessToken(issuer, "mike");
        String soon = slot(mike, workshop, now.plus(Duration.ofMinutes(30)).toString(), now.plus(Duration.ofMinutes(60)).toString(), 5, "IN_PERSON");
        String later = slot(mike, workshop, now.plus(Duration.ofHours(3)).toString(), now.plus(Duration.ofHours(4)).toString(), 5, "IN_PERSON");
        String person = people("late", 1).getFirst();
        register(workshop, person, "CONFIRMED", true, 1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(person, later).extract().statusCode() == 201);

        clock.advance(Duration.ofMinutes(45));
        book(person, soon).statusCode(409).body("detail", containsString("already started"));
        given().auth().oauth2(person).queryParam("available", true)
                .when().get("/api/workshops/" + workshop + "/mentoring/slots").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(soon)));
    }

    @Test
    void badSlotsAreRefusedWithClearProblems() {
        String workshop = new TestSchedule(issuer, kafka).workshop();
        String mike = Tokens.accessToken(issuer, "mike");
        offer(mike, workshop, Map.of("startsAt", december("08T10:00:00Z"), "endsAt", december("08T11:00:00Z"), "topic", "Careers",
                "format", "ONLINE")).statusCode(400).body("violations.field", hasItem("meetingUrl"));
        offer(mike, workshop, Map.of("startsAt", december("08T10:00:00Z"), "endsAt", december("08T11:00:00Z"), "topic", "Careers",
                "format", "ONLINE", "meetingUrl", "javascript:alert(1)")).statusCode(400).body("violations.field", hasItem("meetingUrl"));
        offer(mike, workshop, Map.of("startsAt", december("08T10:00:00Z"), "endsAt", december("08T11:00:00Z"), "topic", "Careers",
                "format", "IN_PERSON")).statusCode(400).body("violations.field", hasItem("location"));
        offer(mike, workshop, Map.of("startsAt", december("08T10:00:00Z"), "endsAt", december("08T11:00:00Z"), "topic", "Careers",
                "format", "IN_PERSON", "location", "Room M", "capacity", 0)).statusCode(400).body("violations.field", hasItem("capacity"));
        offer(mike, workshop, Map.of("startsAt", december("08T11:00:00Z"), "endsAt", december("08T10:00:00Z"), "topic", "Careers",
                "format", "IN_PERSON", "location", "Room M")).statusCode(400).body("violations.field", hasItem("endsAt"));
        offer(Tokens.accessToken(issuer, "alice"), workshop, Map.of("startsAt", december("08T10:00:00Z"),
                "endsAt", december("08T11:00:00Z"), "topic", "Careers", "format", "IN_PERSON", "location", "Room M")).statusCode(403);
        slot(mike, workshop, december("08T10:00:00Z"), december("08T11:00:00Z"), 1, "IN_PERSON");
        offer(mike, workshop, Map.of("startsAt", december("08T10:30:00Z"), "endsAt", december("08T11:30:00Z"), "topic", "Again",
                "format", "IN_PERSON", "location", "Room M")).statusCode(409);
    }

    @Test
    /** Mentoring for prospective authors: anyone signed in may book an AUTHORS slot while the workshop's call is open. */
    void anAuthorWithoutRegistrationBooksAnAuthorsSlotOnlyWhileTheCallIsOpen() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String workshop = new TestSchedule(issuer, kafka).workshop();
        String mike = Tokens.accessToken(issuer, "mike");
        // Months before the workshop: an AUTHORS slot need not lie within it.
        String forAuthors = offer(mike, workshop, authorsSlot(now.plus(Duration.ofDays(3)), "AUTHORS")).statusCode(201)
                .body("audience", equalTo("AUTHORS")).extract().path("id");
        String forAttendees = offer(mike, workshop, authorsSlot(Instant.parse(december("08T10:00:00Z")), null)).statusCode(201)
                .body("audience", equalTo("ATTENDEES")).extract().path("id");
        offer(mike, workshop, authorsSlot(now.plus(Duration.ofDays(3)), "ATTENDEES")).statusCode(400)
                .body("violations.field", hasItem("startsAt"));
        // No attendee role and no registration: a speaker who wants to submit a paper.
        List<String> authors = KeycloakUsers.create(issuer, "author-" + System.nanoTime(), 2, "speaker").stream()
                .map(name -> Tokens.accessToken(issuer, name)).toList();
        String ada = authors.get(0);
        String ben = authors.get(1);

        book(ada, forAuthors).statusCode(409).contentType("application/problem+json").body("detail", containsString("no open call"));
        given().auth().oauth2(ada).queryParam("available", true).when().get("/api/workshops/" + workshop + "/mentoring/slots")
                .then().statusCode(200).body("id", not(hasItem(forAuthors)));

        publish(FactBuilders.call(workshop).opensAt(now.minus(Duration.ofDays(1))).deadlineAt(now.plus(Duration.ofDays(5))).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(ada, forAuthors).extract().statusCode() == 201);
        given().auth().oauth2(ada).queryParam("available", true).when().get("/api/workshops/" + workshop + "/mentoring/slots")
                .then().statusCode(200).body("find { it.id == '" + forAuthors + "' }.bookedByMe", equalTo(true))
                .body("find { it.id == '" + forAuthors + "' }.meetingUrl", equalTo("https://meet.example.org/mike"));
        // The attendees' slot keeps today's rule.
        book(ada, forAttendees).statusCode(403).body("detail", containsString("active registration"));
        // Told and reminded as any booking: its fact is the one every booking publishes.
        String adaId = Tokens.subjectOf(ada);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(List.of(MentoringBookingChanged.Reason.BOOKED),
                bookingFacts().stream().filter(f -> f.attendeeId().equals(adaId) && f.slot().slotId().toString().equals(forAuthors))
                        .map(MentoringBookingChanged::reason).toList()));

        // The chair moves the deadline into the past, which closes the call; the older snapshot arriving again changes nothing.
        CallChanged closed = FactBuilders.call(workshop).opensAt(now.minus(Duration.ofDays(1))).deadlineAt(now.minus(Duration.ofMinutes(1)))
                .version(2, CallChanged.Reason.UPDATED).build();
        publish(closed);
        publish(FactBuilders.call(workshop).opensAt(now.minus(Duration.ofDays(1))).deadlineAt(now.plus(Duration.ofDays(5))).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book(ben, forAuthors).extract().statusCode() == 409);
        book(ben, forAuthors).statusCode(409).body("detail", containsString("closed at"))
                .body("callDeadlineAt", equalTo(closed.deadlineAt().toString()));
        given().auth().oauth2(ben).queryParam("available", true).when().get("/api/workshops/" + workshop + "/mentoring/slots")
                .then().statusCode(200).body("id", not(hasItem(forAuthors)));
    }

    private List<String> people(String prefix, int count) {
        return KeycloakUsers.createAttendees(issuer, prefix + "-" + System.nanoTime(), count).stream()
                .map(name -> Tokens.accessToken(issuer, name)).toList();
    }

    /** Publishes a registration snapshot as registration-service would; returns the registration's id. */
    private UUID register(String workshop, String token, String status, boolean streamAccess, long version) {
        UUID id = UUID.randomUUID();
        publish(FactBuilders.registration(workshop, Tokens.subjectOf(token)).id(id)
                .status(RegistrationChanged.Status.valueOf(status)).streamAccess(streamAccess)
                .version(version, RegistrationChanged.Reason.REGISTERED).build());
        return id;
    }

    private void publish(RegistrationChanged snapshot) {
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(snapshot.workshopId(), snapshot.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", snapshot);
    }

    private void publish(CallChanged call) {
        TestEvents.publish(kafka, Topics.CALLS, call.workshopId(), EventTypes.CALL_CHANGED, "/submissions-service", call);
    }

    /** An hour-long online group slot for 20, with {@code audience} if one is given. */
    private static Map<String, Object> authorsSlot(Instant startsAt, String audience) {
        Map<String, Object> body = new HashMap<>(Map.of("startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(1)).toString(),
                "topic", "Writing your first paper", "capacity", 20, "format", "ONLINE", "meetingUrl", "https://meet.example.org/mike"));
        if (audience != null) {
            body.put("audience", audience);
        }
        return body;
    }

    private List<MentoringBookingChanged> bookingFacts() throws Exception {
        List<MentoringBookingChanged> facts = new java.util.ArrayList<>();
        for (TestEvents.Received received : TestEvents.readAll(kafka, Topics.MENTORING_BOOKINGS)) {
            facts.add(JSON.readValue(received.value(), MentoringBookingChanged.class));
        }
        return facts;
    }

    private static String slot(String mentor, String workshop, String startsAt, String endsAt, int capacity, String format) {
        Map<String, Object> body = new HashMap<>(Map.of("startsAt", startsAt, "endsAt", endsAt, "topic", "Publishing",
                "capacity", capacity, "format", format));
        body.put(format.equals("ONLINE") ? "meetingUrl" : "location", format.equals("ONLINE") ? "https://meet.example.org/mike" : "Room M");
        return offer(mentor, workshop, body).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse offer(String mentor, String workshop, Map<String, Object> body) {
        return given().auth().oauth2(mentor).contentType(ContentType.JSON).body(body)
                .when().post("/api/workshops/" + workshop + "/mentoring/slots").then();
    }

    private static ValidatableResponse mySlots(String token, String workshop) {
        return given().auth().oauth2(token).when().get("/api/workshops/" + workshop + "/mentoring/slots/mine").then();
    }

    private static ValidatableResponse book(String token, String slotId) {
        return given().auth().oauth2(token).when().post("/api/mentoring/slots/" + slotId + "/bookings").then();
    }
}
