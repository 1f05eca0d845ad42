package dev.workshops.streaming.stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StreamResourceTest {

    private static final String STREAM = "{\"provider\": \"HLS\", \"playbackUrl\": \"https://cdn.example.org/keynote.m3u8\"}";

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    TestClock clock;

    @Test
    void organizerAttachesAStreamToASessionOfAReleaseReceivedFromTheBroker() {
        Release release = release();
        String olivia = Tokens.accessToken(issuer, "olivia");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(olivia).contentType(ContentType.JSON).body(STREAM)
                        .when().put("/api/sessions/" + release.keynote() + "/stream")
                        .then().statusCode(200)
                        .body("status", equalTo("SCHEDULED"))
                        .body("playbackUrl", equalTo("https://cdn.example.org/keynote.m3u8")));

        given().auth().oauth2(Tokens.accessToken(issuer, "alice"))
                .when().get("/api/workshops/" + release.workshopId() + "/streams")
                .then().statusCode(200)
                .body("sessionId", hasItem(release.keynote().toString()))
                .body("joinOpensAt", hasItem(release.keynoteStarts().minus(Duration.ofMinutes(15)).toString()))
                .body(not(containsString("cdn.example.org")));
    }

    @Test
    void onlyOrganizersAttachStreams() {
        Release release = release();
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).contentType(ContentType.JSON).body(STREAM)
                .when().put("/api/sessions/" + release.keynote() + "/stream")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(STREAM)
                .when().put("/api/sessions/" + release.keynote() + "/stream")
                .then().statusCode(401);
    }

    @Test
    void aSessionThatIsNotStreamedIs409AndAnUnknownOneIs404() {
        Release release = release();
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(olivia).contentType(ContentType.JSON).body(STREAM)
                        .when().put("/api/sessions/" + release.coffeeBreak() + "/stream")
                        .then().statusCode(409).body("detail", containsString("not streamed")));
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(STREAM)
                .when().put("/api/sessions/" + UUID.randomUUID() + "/stream")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void urlsThatAreNotHttpAre400() {
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON)
                .body("{\"provider\": \"HLS\", \"playbackUrl\": \"javascript:alert(1)\"}")
                .when().put("/api/sessions/" + UUID.randomUUID() + "/stream")
                .then().statusCode(400).body("violations.field", hasItem("playbackUrl"));
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON)
                .body("{\"provider\": \"BETAMAX\", \"playbackUrl\": \"https://cdn.example.org/a\"}")
                .when().put("/api/sessions/" + UUID.randomUUID() + "/stream")
                .then().statusCode(400).body("violations.field", hasItem("provider"));
    }

    private record Release(String workshopId, UUID keynote, Instant keynoteStarts, UUID coffeeBreak) {
    }

    private Release release() {
        String workshopId = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant starts = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(30));
        SessionSnapshot keynote = FactBuilders.session(workshopId).title("Opening keynote").kind(SessionSnapshot.Kind.KEYNOTE)
                .startsAt(starts).room("Hall A").build();
        SessionSnapshot coffee = FactBuilders.session(workshopId).title("Coffee").kind(SessionSnapshot.Kind.BREAK)
                .startsAt(keynote.endsAt()).length(java.time.Duration.ofMinutes(30)).room("Foyer").streamed(false).build();
        ScheduleReleased released = FactBuilders.release(workshopId, 1).timezone("America/Toronto").adding(keynote, coffee).build();
        TestEvents.publish(kafka, Topics.SCHEDULE_RELEASES, workshopId, EventTypes.SCHEDULE_RELEASED, "/schedule-service", released);
        return new Release(workshopId, keynote.id(), starts, coffee.id());
    }
}
