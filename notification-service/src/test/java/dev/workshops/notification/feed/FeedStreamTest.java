package dev.workshops.notification.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedStreamTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    TestClock clock;

    @TestHTTPResource("/api/notifications/me/stream")
    URI stream;

    @Test
    void aNewNotificationIsPushedToTheSignedInPersonOverServerSentEvents() throws Exception {
        List<String> names = KeycloakUsers.createAttendees(issuer, "sse-" + System.nanoTime(), 2);
        String token = Tokens.accessToken(issuer, names.get(0));
        String other = Tokens.accessToken(issuer, names.get(1));
        given().when().get("/api/notifications/me/stream").then().statusCode(401);

        List<String> mine = new CopyOnWriteArrayList<>();
        List<String> theirs = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> response = open(http, token);
        HttpResponse<Stream<String>> otherResponse = open(http, other);
        assertEquals(200, response.statusCode());
        Thread.ofVirtual().start(() -> response.body().forEach(mine::add));
        Thread.ofVirtual().start(() -> otherResponse.body().forEach(theirs::add));

        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        String attendee = Tokens.subjectOf(token);
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, attendee), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", FactBuilders.registration(workshop, attendee).email(null).name("Sam")
                        .mode(RegistrationChanged.Mode.VIRTUAL).version(1, RegistrationChanged.Reason.REGISTERED)
                        .build());

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> mine.stream()
                .anyMatch(line -> line.startsWith("data:") && line.contains("\"kind\":\"registration-confirmed\"")));
        assertEquals(List.of(), theirs.stream().filter(line -> line.startsWith("data:")).toList(), "nobody else's feed");
    }

    private HttpResponse<Stream<String>> open(HttpClient http, String token) throws Exception {
        return http.sendAsync(HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}
