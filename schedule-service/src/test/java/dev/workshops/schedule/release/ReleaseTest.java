package dev.workshops.schedule.release;

import static dev.workshops.schedule.TestSchedule.session;
import static dev.workshops.schedule.TestSchedule.december;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.events.CloudEventHeaders;
import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.schedule.TestSchedule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    TestSchedule schedule;

    @Test
    void aReleaseAfterMovingCancellingAndAddingHasExactlyThoseThreeChangesInTheApiAndTheEvent() throws Exception {
        TestSchedule.Changing changing = schedule.toChange();
        String workshop = changing.workshop();
        String moved = changing.moved();
        String cancelled = changing.cancelled();
        schedule.release(workshop).statusCode(201).body("version", equalTo(1))
                .body("changes.type", contains("ADDED", "ADDED", "ADDED"));
        schedule.release(workshop).statusCode(409).body("detail", containsString("Nothing changed since version 1"));

        schedule.moveAndCancel(changing);
        String added = schedule.added(workshop, session("Closing panel", december("09T16:00:00Z"), december("09T17:00:00Z"), "Hall A", null));

        schedule.release(workshop).statusCode(201).body("version", equalTo(2))
                .body("changes", hasSize(3))
                .body("changes.sessionId", contains(cancelled, moved, added))
                .body("changes.type", contains("CANCELLED", "MOVED", "ADDED"))
                .body("changes[1].before.startsAt", equalTo(december("07T09:00:00+01:00")))
                .body("changes[1].after.startsAt", equalTo(december("08T09:00:00+01:00")));

        given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200)
                .body("version", equalTo(2)).body("timezone", equalTo("Europe/Vienna"))
                .body("sessions.find { it.id == '" + cancelled + "' }.status", equalTo("CANCELLED"))
                .body("sessions.find { it.id == '" + changing.kept() + "' }.status", equalTo("SCHEDULED"));
        given().queryParam("version", 1).when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200)
                .body("sessions.find { it.id == '" + moved + "' }.startsAt", equalTo(december("07T09:00:00+01:00")))
                .body("sessions.id", containsInAnyOrder(moved, cancelled, changing.kept()));
        given().queryParam("since", 1).when().get("/api/workshops/" + workshop + "/schedule/changes").then().statusCode(200)
                .body("changes.version", contains(2, 2, 2)).body("changes.type", contains("CANCELLED", "MOVED", "ADDED"));
        given().queryParam("since", "abc").when().get("/api/workshops/" + workshop + "/schedule/changes").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("since"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> releasesOf(workshop).size() == 2);
        ScheduleReleased second = releasesOf(workshop).get(1);
        assertEquals(2, second.version());
        assertEquals(Map.of(UUID.fromString(cancelled), ScheduleChange.Type.CANCELLED, UUID.fromString(moved), ScheduleChange.Type.MOVED,
                        UUID.fromString(added), ScheduleChange.Type.ADDED),
                second.changes().stream().collect(Collectors.toMap(ScheduleChange::sessionId, ScheduleChange::type)));
        assertEquals(4, second.sessions().size(), "the cancelled session stays in the release, marked CANCELLED");
    }

    @Test
    void thePreviewShowsWhatTheNextReleaseWouldChangeAndPublishesNothing() {
        TestSchedule.Changing changing = schedule.toChange();
        String workshop = changing.workshop();
        preview(workshop).statusCode(200).body("latest", equalTo(0)).body("version", equalTo(1))
                .body("timezone", equalTo("Europe/Vienna"))
                .body("changes.type", contains("ADDED", "ADDED", "ADDED"))
                .body("changes.sessionId", contains(changing.moved(), changing.cancelled(), changing.kept()));
        given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(404);
        schedule.release(workshop).statusCode(201).body("version", equalTo(1));
        preview(workshop).statusCode(200).body("latest", equalTo(1)).body("version", equalTo(2)).body("changes", hasSize(0));

        schedule.moveAndCancel(changing);
        String added = schedule.added(workshop, session("Closing panel", december("09T16:00:00Z"), december("09T17:00:00Z"), "Hall A", null));
        for (int asked = 0; asked < 2; asked++) {
            preview(workshop).statusCode(200).body("latest", equalTo(1)).body("version", equalTo(2))
                    .body("changes.sessionId", contains(changing.cancelled(), changing.moved(), added))
                    .body("changes.type", contains("CANCELLED", "MOVED", "ADDED"))
                    .body("changes.version", contains(2, 2, 2))
                    .body("changes[1].before.startsAt", equalTo(december("07T09:00:00+01:00")))
                    .body("changes[1].after.startsAt", equalTo(december("08T09:00:00+01:00")));
        }
        given().auth().oauth2(schedule.token("olivia")).queryParam("tz", "Asia/Kolkata")
                .when().get("/api/workshops/" + workshop + "/schedule/draft/changes").then().statusCode(200)
                .body("timezone", equalTo("Asia/Kolkata"))
                .body("changes[1].after.startsAt", equalTo(december("08T13:30:00+05:30")));
        given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200).body("version", equalTo(1));
        given().queryParam("since", 1).when().get("/api/workshops/" + workshop + "/schedule/changes").then().statusCode(200)
                .body("changes", hasSize(0));

        schedule.release(workshop).statusCode(201).body("version", equalTo(2))
                .body("changes.sessionId", contains(changing.cancelled(), changing.moved(), added))
                .body("changes.type", contains("CANCELLED", "MOVED", "ADDED"));
    }

    @Test
    void onlyOrganizersPreviewAReleaseOfAWorkshopThatExists() {
        String workshop = schedule.workshop();
        given().when().get("/api/workshops/" + workshop + "/schedule/draft/changes").then().statusCode(401);
        given().auth().oauth2(schedule.token("alice")).when().get("/api/workshops/" + workshop + "/schedule/draft/changes")
                .then().statusCode(403);
        preview("no-such-workshop").statusCode(404).contentType("application/problem+json");
        preview(workshop).statusCode(200).body("latest", equalTo(0)).body("changes", hasSize(0));
    }

    private ValidatableResponse preview(String workshop) {
        return given().auth().oauth2(schedule.token("olivia")).when().get("/api/workshops/" + workshop + "/schedule/draft/changes").then();
    }

    @Test
    void timesRenderInTheWorkshopsZoneOrTheOneAskedForAcrossMidnight() {
        String workshop = schedule.workshop();
        String late = schedule.added(workshop, session("Evening posters", december("07T17:00:00Z"), december("07T19:00:00Z"), "Foyer", null));
        given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(404);
        schedule.release(workshop).statusCode(201);

        given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200)
                .body("sessions[0].startsAt", equalTo(december("07T18:00:00+01:00"))).body("sessions[0].day", equalTo(december("07")));
        given().queryParam("tz", "Asia/Kolkata").when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200)
                .body("timezone", equalTo("Asia/Kolkata"))
                .body("sessions[0].id", equalTo(late))
                .body("sessions[0].startsAt", equalTo(december("07T22:30:00+05:30")))
                .body("sessions[0].endsAt", equalTo(december("08T00:30:00+05:30")))
                .body("sessions[0].day", equalTo(december("07")));
        given().queryParam("tz", "America/Toronto").when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200)
                .body("sessions[0].startsAt", equalTo(december("07T12:00:00-05:00")));
        for (String bad : List.of("Mars/Olympus", "+02:00", "CET ")) {
            given().queryParam("tz", bad).when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("tz"));
        }
        given().queryParam("version", 7).when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(404);
        given().queryParam("version", 0).when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(400);
    }

    @Test
    void roomsAndSpeakersCannotBeInTwoPlacesAtOnce() {
        String workshop = schedule.workshop();
        String first = schedule.added(workshop, session("Metadata", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", "Ada Lovelace"));

        schedule.add(workshop, session("Ontologies", december("07T10:30:00Z"), december("07T11:30:00Z"), " room  1", "Grace"))
                .statusCode(409).body("conflictingSession.id", equalTo(first)).body("detail", containsString("Metadata"));
        schedule.add(workshop, session("Provenance", december("07T10:59:00Z"), december("07T11:30:00Z"), "Room 2", "ada lovelace"))
                .statusCode(409).body("conflictingSession.title", equalTo("Metadata")).body("detail", containsString("Ada Lovelace"));
        schedule.added(workshop, session("Back to back", december("07T11:00:00Z"), december("07T12:00:00Z"), "Room 1", "Ada Lovelace"));
        String other = schedule.added(workshop, session("Elsewhere", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 3", null));
        schedule.update(other, session("Elsewhere", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null))
                .statusCode(409).body("conflictingSession.id", equalTo(first));
        schedule.cancel(first);
        schedule.update(other, session("Elsewhere", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null)).statusCode(200);
    }

    @Test
    void badSessionsAreRefusedWithClearProblems() {
        String workshop = schedule.workshop();
        schedule.add(workshop, session("Backwards", december("07T11:00:00Z"), december("07T10:00:00Z"), "Room 1", null))
                .statusCode(400).body("violations.field", hasItem("endsAt"));
        schedule.add(workshop, session("Too early", december("06T10:00:00Z"), december("06T11:00:00Z"), "Room 1", null))
                .statusCode(400).body("violations.field", hasItem("startsAt"));
        schedule.add(workshop, session("No offset", december("07T10:00:00"), december("07T11:00:00Z"), "Room 1", null))
                .statusCode(400);
        schedule.add(workshop, Map.of("title", "Odd kind", "kind", "PICNIC", "startsAt", december("07T10:00:00Z"),
                "endsAt", december("07T11:00:00Z"), "room", "Lawn")).statusCode(400);
        schedule.add("no-such-workshop", session("Lost", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null))
                .statusCode(404);
        schedule.update(UUID.randomUUID().toString(), session("Ghost", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null))
                .statusCode(404);
        schedule.release(workshop).statusCode(409).body("detail", containsString("no sessions"));
        given().auth().oauth2(schedule.token("alice")).contentType(ContentType.JSON)
                .body(session("Sneaky", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null))
                .when().post("/api/workshops/" + workshop + "/sessions").then().statusCode(403);
        String breakId = schedule.added(workshop, Map.of("title", "Coffee", "kind", "BREAK", "startsAt", december("07T10:00:00Z"),
                "endsAt", december("07T10:30:00Z"), "room", "Foyer"));
        given().auth().oauth2(schedule.token("olivia")).when().get("/api/workshops/" + workshop + "/draft")
                .then().statusCode(200).body("sessions.find { it.id == '" + breakId + "' }.streamed", equalTo(false));
    }

    private List<ScheduleReleased> releasesOf(String workshop) throws Exception {
        List<ScheduleReleased> releases = new java.util.ArrayList<>();
        for (TestEvents.Received received : schedule.published(Topics.SCHEDULE_RELEASES)) {
            if (workshop.equals(received.key())) {
                assertEquals(EventTypes.SCHEDULE_RELEASED, received.headers().get(CloudEventHeaders.TYPE));
                releases.add(JSON.readValue(received.value(), ScheduleReleased.class));
            }
        }
        return releases;
    }
}
