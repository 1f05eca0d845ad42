package dev.workshops.schedule;

import static io.restassured.RestAssured.given;

import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Workshops and sessions made through the API as the organizer olivia, and what the service published; a test
 * injects it (or makes one with the test's issuer and broker).
 */
@Dependent
public class TestSchedule {

    /**
     * Test workshops take place in December of the year after the clock's, always ahead of it and always in winter
     * time, so offsets are fixed: Vienna UTC+1, Kolkata UTC+5:30, Toronto UTC-5.
     */
    public static final int YEAR = Year.now(Clock.systemUTC()).getValue() + 1;

    /** Every test workshop runs from 7 December 09:00 to 9 December 19:00 in Vienna. */
    public static final String STARTS = december("07T08:00:00Z");
    public static final String ENDS = december("09T18:00:00Z");

    private final String issuer;
    private final String kafka;
    private final String organizer;

    public TestSchedule(@ConfigProperty(name = "workshop.test.issuer") String issuer,
            @ConfigProperty(name = "workshop.test.kafka") String kafka) {
        this.issuer = issuer;
        this.kafka = kafka;
        this.organizer = Tokens.accessToken(issuer, "olivia");
    }

    public String workshop() {
        return workshop(STARTS, ENDS);
    }

    public String workshop(String startsAt, String endsAt) {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("id", id, "title", "Reproducible Research", "timezone", "Europe/Vienna", "venue", "TU Wien",
                        "startsAt", startsAt, "endsAt", endsAt))
                .when().post("/api/workshops").then().statusCode(201);
        return id;
    }

    /** A first release's sessions that the next release changes: one is moved, one cancelled, one kept. */
    public record Changing(String workshop, String moved, String cancelled, String kept) {
    }

    /**
     * A new workshop with a keynote (Ada, Hall A, 7 Dec 09:00 in Vienna) to move, and two talks at 11:00 (rooms 1
     * and 2): one to cancel, one to keep. Not released yet.
     */
    public Changing toChange() {
        String workshop = workshop();
        return new Changing(workshop,
                added(workshop, session("Keynote", december("07T08:00:00Z"), december("07T09:00:00Z"), "Hall A", "Ada")),
                added(workshop, session("Ethics", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 1", null)),
                added(workshop, session("Tools", december("07T10:00:00Z"), december("07T11:00:00Z"), "Room 2", null)));
    }

    /** The draft of the next release: the keynote a day later, the first talk cancelled. */
    public void moveAndCancel(Changing changing) {
        update(changing.moved(), session("Keynote", december("08T08:00:00Z"), december("08T09:00:00Z"), "Hall A", "Ada")).statusCode(200);
        cancel(changing.cancelled());
    }

    public String token(String user) {
        return Tokens.accessToken(issuer, user);
    }

    /** Every record on {@code topic} so far. */
    public List<TestEvents.Received> published(String topic) throws Exception {
        return TestEvents.readAll(kafka, topic);
    }

    /** Publishes a fact as the service owning {@code topic} would. */
    public void publish(String topic, String key, String type, Object body) {
        TestEvents.publish(kafka, topic, key, type, "/test", body);
    }

    /** A date or date-time of the test December: {@code december("07T08:00:00Z")}. */
    public static String december(String dayAndTime) {
        return YEAR + "-12-" + dayAndTime;
    }

    public static Map<String, Object> session(String title, String startsAt, String endsAt, String room, String speaker) {
        return Map.of("title", title, "kind", "TALK", "startsAt", startsAt, "endsAt", endsAt, "room", room,
                "speakers", speaker == null ? List.of() : List.of(Map.of("name", speaker)));
    }

    public ValidatableResponse add(String workshop, Map<String, Object> session) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(session)
                .when().post("/api/workshops/" + workshop + "/sessions").then();
    }

    public String added(String workshop, Map<String, Object> session) {
        return add(workshop, session).statusCode(201).extract().path("id");
    }

    public ValidatableResponse update(String sessionId, Map<String, Object> session) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(session)
                .when().put("/api/sessions/" + sessionId).then();
    }

    public void cancel(String sessionId) {
        given().auth().oauth2(organizer).when().delete("/api/sessions/" + sessionId).then().statusCode(204);
    }

    public ValidatableResponse release(String workshop) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("comment", "test"))
                .when().post("/api/workshops/" + workshop + "/schedule/releases").then();
    }
}
