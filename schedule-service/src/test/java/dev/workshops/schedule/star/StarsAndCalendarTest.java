package dev.workshops.schedule.star;

import static dev.workshops.schedule.TestSchedule.session;
import static dev.workshops.schedule.TestSchedule.december;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.StarChanged;
import dev.workshops.events.Topics;
import dev.workshops.schedule.TestSchedule;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.net.URI;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StarsAndCalendarTest {

    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    @Inject
    TestSchedule schedule;

    @Test
    void aMovedSessionKeepsItsUidWithAHigherSequenceAndACancelledOneStaysCancelled() throws Exception {
        TestSchedule.Changing changing = schedule.toChange();
        schedule.release(changing.workshop()).statusCode(201);

        Map<String, VEvent> first = events(given().when().get("/api/workshops/" + changing.workshop() + "/schedule.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString());
        assertEquals(3, first.size());
        assertEquals("0", value(first.get(changing.moved()), "SEQUENCE"));

        schedule.moveAndCancel(changing);
        schedule.release(changing.workshop()).statusCode(201);

        Map<String, VEvent> second = events(given().when().get("/api/workshops/" + changing.workshop() + "/schedule.ics")
                .then().statusCode(200).extract().asString());
        assertEquals(3, second.size(), "nothing silently removed");
        assertEquals("1", value(second.get(changing.moved()), "SEQUENCE"));
        assertEquals("CONFIRMED", value(second.get(changing.moved()), "STATUS"));
        assertEquals("CANCELLED", value(second.get(changing.cancelled()), "STATUS"));
        assertEquals("1", value(second.get(changing.cancelled()), "SEQUENCE"));
        assertEquals("0", value(second.get(changing.kept()), "SEQUENCE"));

        Instant start = Instant.from(ICAL_UTC.parse(value(second.get(changing.moved()), "DTSTART")));
        assertEquals(LocalDateTime.parse(december("08T03:00")), LocalDateTime.ofInstant(start, ZoneId.of("America/Toronto")));
        assertEquals(LocalDateTime.parse(december("08T13:30")), LocalDateTime.ofInstant(start, ZoneId.of("Asia/Kolkata")));
        assertTrue(value(second.get(changing.moved()), "DESCRIPTION").contains("Ada"));
        assertEquals("Hall A, TU Wien", value(second.get(changing.moved()), "LOCATION"));
    }

    @Test
    void starsMakeAPersonalAgendaAndASecretFeed() throws Exception {
        String workshop = schedule.workshop();
        String keynote = schedule.added(workshop, session("Keynote", december("07T08:00:00Z"), december("07T09:00:00Z"), "Hall A", null));
        String talk = schedule.added(workshop, session("Talk", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null));
        String unstarred = schedule.added(workshop, session("Other", december("07T12:00:00Z"), december("07T13:00:00Z"), "Room 1", null));
        schedule.release(workshop).statusCode(201);
        String draftOnly = schedule.added(workshop, session("Later", december("07T14:00:00Z"), december("07T15:00:00Z"), "Room 1", null));
        String alice = schedule.token("alice");

        star(alice, talk).statusCode(204);
        star(alice, keynote).statusCode(204);
        star(alice, keynote).statusCode(204);
        star(alice, draftOnly).statusCode(404);
        star(alice, UUID.randomUUID().toString()).statusCode(404);
        given().when().put("/api/sessions/" + talk + "/star").then().statusCode(401);

        String icsUrl = given().auth().oauth2(alice).when().get("/api/workshops/" + workshop + "/agenda/me").then().statusCode(200)
                .body("sessions.id", contains(keynote, talk)).extract().path("icsUrl");
        assertTrue(icsUrl.startsWith("https://schedule.workshop.test/api/calendar/"), icsUrl);
        String feedPath = URI.create(icsUrl).getPath();
        assertEquals(icsUrl, given().auth().oauth2(alice).header("Host", "evil.example").when()
                .get("/api/workshops/" + workshop + "/agenda/me").then().extract().<String>path("icsUrl"),
                "the feed URL stays the same, whatever Host the request names");
        Map<String, VEvent> feed = events(given().when().get(feedPath).then().statusCode(200).extract().asString());
        assertEquals(List.of(keynote, talk), feed.keySet().stream().sorted(
                (a, b) -> value(feed.get(a), "DTSTART").compareTo(value(feed.get(b), "DTSTART"))).toList());
        assertFalse(feed.containsKey(unstarred));

        schedule.cancel(talk);
        schedule.release(workshop).statusCode(201);
        star(alice, talk).statusCode(409);
        assertEquals("CANCELLED", value(events(given().when().get(feedPath).then().statusCode(200).extract().asString()).get(talk), "STATUS"));
        given().auth().oauth2(alice).when().delete("/api/sessions/" + keynote + "/star").then().statusCode(204);
        assertEquals(List.of(talk), List.copyOf(events(given().when().get(feedPath).then().extract().asString()).keySet()));
        given().when().get("/api/calendar/not-a-feed.ics").then().statusCode(404);

        String aliceId = "00000000-0000-4000-8000-000000000005";
        ObjectMapper json = new ObjectMapper();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<StarChanged> facts = schedule.published(Topics.STARS).stream()
                    .filter(r -> StarChanged.keyOf(workshop, aliceId).equals(r.key()))
                    .map(r -> read(json, r.value())).toList();
            assertEquals(List.of(1L, 2L, 3L), facts.stream().map(StarChanged::version).toList());
            assertEquals(List.of(true, true, false), facts.stream().map(StarChanged::starred).toList());
            assertEquals(UUID.fromString(keynote), facts.get(2).sessionId());
        });
    }

    private static StarChanged read(ObjectMapper json, String value) {
        try {
            return json.readValue(value, StarChanged.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static io.restassured.response.ValidatableResponse star(String token, String sessionId) {
        return given().auth().oauth2(token).when().put("/api/sessions/" + sessionId + "/star").then();
    }

    /** Parses and validates the iCalendar text; its events by session id (the UID's part before '@'). */
    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> value(e, "UID").split("@")[0], Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }
}
