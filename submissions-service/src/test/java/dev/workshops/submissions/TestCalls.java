package dev.workshops.submissions;

import dev.workshops.events.CallChanged;
import static io.restassured.RestAssured.given;

import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.submissions.pdf.TestPdfs;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Workshops as schedule-service announces them, calls as a chair (olivia) opens them, and people who submit. Every
 * date is relative to the service's clock: the call opened a day ago and its deadline is 23:59 AoE some days ahead.
 */
public final class TestCalls {

    private final String issuer;
    private final String kafka;

    public TestCalls(String issuer, String kafka) {
        this.issuer = issuer;
        this.kafka = kafka;
    }

    /** The service's clock now, to whole seconds. */
    public static Instant now() {
        return Arc.container().instance(Clock.class).get().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public String chair() {
        return Tokens.accessToken(issuer, "olivia");
    }

    /** A person signed in with a verified email; {@link Person#email} is that email. */
    public record Person(String token, String email, String name) {
    }

    public List<Person> people(String role, int count) {
        return KeycloakUsers.createAttendees(issuer, role + "-" + System.nanoTime(), count).stream()
                .map(name -> new Person(Tokens.accessToken(issuer, name), name + "@bench.workshop.test", name)).toList();
    }

    /** Announces a new workshop on `workshops`; the service hears of it shortly after. */
    public String announceWorkshop() {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant starts = now().plus(Duration.ofDays(200));
        TestEvents.publish(kafka, Topics.WORKSHOPS, id, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(id, "Scientific Reasoning at the Frontier", "America/Toronto", "MTCC",
                        starts, starts.plus(Duration.ofHours(33)), null, 1, WorkshopChanged.Reason.CREATED));
        return id;
    }

    /** A workshop with an open call whose deadline is 23:59 AoE {@code daysAhead} days from now (AoE's today). */
    public String workshopWithCall(int daysAhead) {
        String workshop = announceWorkshop();
        String body = call(deadlineDay(daysAhead), null);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> putCall(chair(), workshop, body).statusCode(200));
        return workshop;
    }

    /** The date, in AoE, {@code daysAhead} days from the service's today there. */
    public static LocalDate deadlineDay(int daysAhead) {
        return now().atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH).toLocalDate().plusDays(daysAhead);
    }

    /** A call body: tracks main and tools, formats short (4 pages) and long (8); deadline 23:59 AoE on {@code day}. */
    public static String call(LocalDate day, Integer graceMinutes) {
        return call(day, graceMinutes, now().minus(Duration.ofDays(1)));
    }

    public static String call(LocalDate day, Integer graceMinutes, Instant opensAt) {
        return """
                {"description": "Submissions (up to 4 pages, excluding references) will be peer-reviewed.",
                 "tracks": [{"id": "main", "name": "Main track"}, {"id": "tools", "name": "Tools and data"}],
                 "formats": [{"id": "short", "name": "Short paper", "maxPages": 4, "maxBytes": 10485760},
                             {"id": "long", "name": "Long paper", "maxPages": 8, "maxBytes": 20971520}],
                 "opensAt": "%s",
                 "deadline": {"date": "%s", "time": "23:59", "zone": "AoE"},
                 %s
                 "reviewDeadline": {"date": "%s", "time": "23:59", "zone": "AoE"},
                 "blind": "DOUBLE"}
                """.formatted(opensAt, day, graceMinutes == null ? "" : "\"graceMinutes\": " + graceMinutes + ",",
                day.plusDays(30));
    }

    public static ValidatableResponse putCall(String token, String workshop, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/workshops/" + workshop + "/call").then();
    }

    /** A submission body by {@code authors}, the first presenting. */
    public static String submission(String title, String track, Person... authors) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < authors.length; i++) {
            list.append(i == 0 ? "" : ",").append("""
                    {"name": "%s", "email": "%s", "affiliation": "University of Toronto", "presenter": %s}"""
                    .formatted(authors[i].name(), authors[i].email(), i == 0));
        }
        return """
                {"title": "%s", "abstract": "Why reasoning models need open data.", "track": "%s", "format": "short",
                 "keywords": ["open science", "reasoning"], "authors": [%s]}
                """.formatted(title, track, list);
    }

    public static ValidatableResponse submit(String token, String workshop, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/workshops/" + workshop + "/submissions").then();
    }

    /** A paper by {@code authors} (the first submits it) with its PDF: SUBMITTED; its id. */
    public static String submittedPaper(String workshop, String title, Person... authors) {
        return submittedPaper(workshop, title, "University of Toronto", authors);
    }

    /** The same, every author of {@code affiliation}. */
    public static String submittedPaper(String workshop, String title, String affiliation, Person... authors) {
        String body = submission(title, "main", authors).replace("University of Toronto", affiliation);
        String id = submit(authors[0].token(), workshop, body).statusCode(201).extract().path("id");
        given().auth().oauth2(authors[0].token()).contentType("application/pdf").body(TestPdfs.paper(4, 4, authors[0].name()))
                .when().put("/api/submissions/" + id + "/pdf").then().statusCode(200);
        return id;
    }

    public static ValidatableResponse edit(String token, String submission, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/submissions/" + submission).then();
    }

    /** The chair's decision on a paper, pending until released. */
    public static void decided(String chair, String submission, String outcome) {
        given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"outcome\": \"" + outcome + "\"}")
                .when().put("/api/submissions/" + submission + "/decision").then().statusCode(200);
    }

    /** Releases the workshop's pending decisions. */
    public static void released(String chair, String workshop) {
        given().auth().oauth2(chair).when().post("/api/workshops/" + workshop + "/decisions/release").then().statusCode(200);
    }

    public static ValidatableResponse read(String token, String submission) {
        return given().auth().oauth2(token).when().get("/api/submissions/" + submission).then();
    }
}
