package dev.workshops.streaming.watch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WatchTest {

    private static final String RECORDING = "https://cdn.example.org/vod/keynote.mp4";

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    WatchLinks links;

    @Inject
    TestClock clock;

    @Inject
    io.vertx.mutiny.sqlclient.Pool database;

    @BeforeAll
    static void doNotFollowRedirects() {
        RestAssured.config = RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
    }

    @Test
    void peopleWithStreamAccessJoinAndACancellationStopsTheirLinkAtOnce() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        UUID session = UUID.randomUUID();
        release(workshop, 1, session, clock.instant().plus(5, ChronoUnit.MINUTES));
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> attachStream(olivia, session).extract().statusCode() == 200);

        List<String> people = people("watch", 4);
        String virtual = people.get(0);
        String waitlistedInPerson = people.get(1);
        String inPerson = people.get(2);
        String unregistered = people.get(3);
        register(workshop, virtual, "VIRTUAL", "CONFIRMED", true);
        register(workshop, waitlistedInPerson, "IN_PERSON", "WAITLISTED", true);
        UUID inPersonRegistration = register(workshop, inPerson, "IN_PERSON", "CONFIRMED", true);

        for (String person : List.of(virtual, waitlistedInPerson, inPerson)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> join(person, session).extract().statusCode() == 200);
            follow(join(person, session).extract().path("watchUrl")).statusCode(302)
                    .header("Location", "https://cdn.example.org/live/" + session + ".m3u8");
        }
        given().auth().oauth2(virtual).header("Host", "evil.example").when().post("/api/sessions/" + session + "/stream/join")
                .then().statusCode(200).body("watchUrl", startsWith("https://watch.workshop.test/watch/"));
        // Refused, and asked to come back in a second: a registration made a moment ago may still be on its way.
        join(unregistered, session).statusCode(403).contentType("application/problem+json").header("Retry-After", "1");
        join(virtual, session).body(not(containsString("cdn.example.org")));

        String link = join(inPerson, session).extract().path("watchUrl");
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, Tokens.subjectOf(inPerson)),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", FactBuilders.registration(workshop,
                        Tokens.subjectOf(inPerson)).id(inPersonRegistration).status(RegistrationChanged.Status.CANCELLED)
                        .createdAt(Instant.now().minusSeconds(60)).version(2, RegistrationChanged.Reason.CANCELLED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> follow(link).extract().statusCode() == 403);
        follow(link).contentType("application/problem+json").body("detail", containsString("no longer"));
    }

    @Test
    void forgedTamperedExpiredAndOtherSessionsLinksAreRefused() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        UUID sessionA = UUID.randomUUID();
        UUID sessionB = UUID.randomUUID();
        release(workshop, 1, sessionA, clock.instant().plus(5, ChronoUnit.MINUTES), sessionB);
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> attachStream(olivia, sessionA).extract().statusCode() == 200);
        attachStream(olivia, sessionB).statusCode(200);
        String person = people("tamper", 1).getFirst();
        register(workshop, person, "VIRTUAL", "CONFIRMED", true);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> join(person, sessionA).extract().statusCode() == 200);
        String token = URI.create(join(person, sessionA).extract().<String>path("watchUrl")).getPath().substring("/watch/".length());
        follow("/watch/" + token).statusCode(302);

        for (int i = 3; i < token.length(); i += 7) {
            char[] chars = token.toCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            follow("/watch/" + new String(chars)).statusCode(403);
        }
        follow("/watch/" + token.substring(0, token.length() - 3)).statusCode(403);
        follow("/watch/not-a-token").statusCode(403);

        String attendee = Tokens.subjectOf(person);
        String expired = links.issue(new WatchLinks.Claims(sessionA, clock.instant().minusSeconds(1), attendee));
        follow("/watch/" + expired).statusCode(410);
        // A genuine link names its session: a link for B leads to B's stream, and A's link cannot be bent to B.
        String forB = links.issue(new WatchLinks.Claims(sessionB, clock.instant().plusSeconds(600), attendee));
        follow("/watch/" + forB).statusCode(302).header("Location", "https://cdn.example.org/live/" + sessionB + ".m3u8");
        String aPayloadWithBsTag = token.substring(0, token.lastIndexOf('.')) + forB.substring(forB.lastIndexOf('.'));
        follow("/watch/" + aPayloadWithBsTag).statusCode(403);

        // A genuine link works until the session's end and grace have passed on the clock, then it is gone.
        Instant expiresAt = Instant.parse(join(person, sessionA).extract().path("expiresAt"));
        clock.advance(Duration.between(clock.instant(), expiresAt.minusSeconds(5)));
        follow("/watch/" + token).statusCode(302);
        clock.advance(Duration.ofSeconds(10));
        follow("/watch/" + token).statusCode(410).body("detail", containsString("expired"));
    }

    @Test
    void theJoinWindowFollowsAMovedSessionAndTheStreamGoesLiveEndsAndHasARecording() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        UUID session = UUID.randomUUID();
        Instant later = clock.instant().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        release(workshop, 1, session, later);
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> attachStream(olivia, session).extract().statusCode() == 200);
        String person = people("moved", 1).getFirst();
        register(workshop, person, "VIRTUAL", "CONFIRMED", true);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> join(person, session).extract().statusCode() == 409);
        join(person, session).body("joinOpensAt", equalTo(later.minus(15, ChronoUnit.MINUTES).toString()));

        Instant sooner = clock.instant().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        release(workshop, 2, session, sooner);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sooner.minus(15, ChronoUnit.MINUTES).toString()
                .equals(join(person, session).extract().path("joinOpensAt")));
        clock.advance(Duration.ofMinutes(50));
        join(person, session).statusCode(200);

        post(olivia, session, "end").statusCode(409).body("status", equalTo(409)).body("streamStatus", equalTo("SCHEDULED"));
        assertEquals(List.of(), metric("workshop_stream_viewers{", session), "no viewer gauge before the stream is live");
        post(olivia, session, "live").statusCode(200).body("status", equalTo("LIVE")).body("startedAt", not(equalTo(null)));
        assertEquals(List.of(0.0), metric("workshop_stream_viewers{", session), "the viewer gauge exists, at 0, once live");
        post(olivia, session, "live").statusCode(409);
        String link = join(person, session).extract().path("watchUrl");
        follow(link).statusCode(302).header("Location", "https://cdn.example.org/live/" + session + ".m3u8");
        // The redirect may still see the stream as SCHEDULED for up to a second; a viewer counts once it is live.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> follow(link).extract().statusCode() == 302
                && given().auth().oauth2(person).when().get("/api/workshops/" + workshop + "/streams")
                        .then().extract().<Integer>path("[0].viewers") == 1);
        given().auth().oauth2(person).when().get("/api/workshops/" + workshop + "/streams").then().statusCode(200)
                .body("[0].status", equalTo("LIVE")).body(not(containsString("cdn.example.org")));
        post(olivia, session, "end").statusCode(200).body("status", equalTo("ENDED"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> follow(link).extract().statusCode() == 409);
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(Map.of("recordingUrl", "ftp://cdn.example.org/x"))
                .when().put("/api/sessions/" + session + "/stream/recording").then().statusCode(400);
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(Map.of("recordingUrl", RECORDING))
                .when().put("/api/sessions/" + session + "/stream/recording").then().statusCode(200).body("status", equalTo("RECORDING"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> follow(link).extract().statusCode() == 302);
        follow(link).header("Location", RECORDING);

        double before = joins(session);
        follow(link).statusCode(302);
        assertEquals(before + 1, joins(session), "each redirect is one join in workshop_stream_joins_total");
    }

    @Test
    void aStreamAnotherReplicaTookLiveHasItsViewerGaugeHereAtZeroAndOneItEndedStopsCountingHere() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        UUID session = UUID.randomUUID();
        release(workshop, 1, session, clock.instant().plus(5, ChronoUnit.MINUTES));
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> attachStream(olivia, session).extract().statusCode() == 200);
        assertEquals(List.of(), metric("workshop_stream_viewers{", session), "no viewer gauge before the stream is live");

        // Another replica takes the stream live: this one learns it only from the database they share.
        streamStatusInTheDatabase(session, "LIVE");
        Awaitility.await("the gauge of a stream another replica took live").atMost(Duration.ofSeconds(10))
                .until(() -> metric("workshop_stream_viewers{", session).equals(List.of(0.0)));

        String person = people("replica", 1).getFirst();
        register(workshop, person, "VIRTUAL", "CONFIRMED", true);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> join(person, session).extract().statusCode() == 200);
        String link = join(person, session).extract().path("watchUrl");
        Awaitility.await("a viewer counted here").atMost(Duration.ofSeconds(10))
                .until(() -> follow(link).extract().statusCode() == 302 && metric("workshop_stream_viewers{", session).equals(List.of(1.0)));

        // Another replica ends it: nobody watches it live here any more either.
        streamStatusInTheDatabase(session, "ENDED");
        Awaitility.await("the gauge of a stream another replica ended").atMost(Duration.ofSeconds(10))
                .until(() -> metric("workshop_stream_viewers{", session).equals(List.of(0.0)));
    }

    /** What another replica's transition leaves in the shared database, without this replica taking part. */
    private void streamStatusInTheDatabase(UUID session, String status) {
        database.preparedQuery("UPDATE stream SET status = $1, started_at = coalesce(started_at, now()) WHERE session_id = $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(status, session)).await().atMost(Duration.ofSeconds(10));
    }

    private double joins(UUID session) {
        return metric("workshop_stream_joins_total{", session).stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The values of a metric's series for one session. */
    private static List<Double> metric(String series, UUID session) {
        return given().when().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith(series) && line.contains("session=\"" + session + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).toList();
    }

    private void release(String workshop, long version, UUID session, Instant startsAt, UUID... others) {
        List<SessionSnapshot> sessions = new java.util.ArrayList<>();
        sessions.add(snapshot(workshop, session, startsAt));
        for (UUID other : others) {
            sessions.add(snapshot(workshop, other, startsAt));
        }
        TestEvents.publish(kafka, Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                FactBuilders.release(workshop, version).sessions(sessions).build());
    }

    private static SessionSnapshot snapshot(String workshop, UUID session, Instant startsAt) {
        return FactBuilders.session(workshop).id(session).title("Keynote " + session).kind(SessionSnapshot.Kind.KEYNOTE)
                .startsAt(startsAt).room("Hall " + session).build();
    }

    private static ValidatableResponse attachStream(String organizer, UUID session) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("provider", "HLS", "playbackUrl", "https://cdn.example.org/live/" + session + ".m3u8"))
                .when().put("/api/sessions/" + session + "/stream").then();
    }

    private UUID register(String workshop, String token, String mode, String status, boolean streamAccess) {
        UUID id = UUID.randomUUID();
        String attendee = Tokens.subjectOf(token);
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, attendee), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", FactBuilders.registration(workshop, attendee).id(id)
                        .mode(RegistrationChanged.Mode.valueOf(mode)).status(RegistrationChanged.Status.valueOf(status))
                        .streamAccess(streamAccess).createdAt(Instant.now().minusSeconds(60)).build());
        return id;
    }

    private List<String> people(String prefix, int count) {
        return KeycloakUsers.createAttendees(issuer, prefix + "-" + System.nanoTime(), count).stream()
                .map(name -> Tokens.accessToken(issuer, name)).toList();
    }

    private static ValidatableResponse join(String token, UUID session) {
        return given().auth().oauth2(token).when().post("/api/sessions/" + session + "/stream/join").then();
    }

    private static ValidatableResponse post(String token, UUID session, String transition) {
        return given().auth().oauth2(token).when().post("/api/sessions/" + session + "/stream/" + transition).then();
    }

    private static ValidatableResponse follow(String watchUrl) {
        return given().redirects().follow(false).when().get(URI.create(watchUrl).getPath()).then();
    }
}
