package dev.workshops.registration.registration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.CloudEventHeaders;
import dev.workshops.events.Topics;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.registration.TestAttendees;
import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A thousand people register at once for a hundred seats. */
@QuarkusTest
class RegistrationRushTest {

    private static final int PEOPLE = 1000;
    private static final int SEATS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @TestHTTPResource("/")
    URI service;

    @Test
    void aThousandConcurrentRegistrationsForAHundredSeatsNeverOversellAndQueueWithoutGaps() throws Exception {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, SEATS, null);
        List<String> tokens = parallel(KeycloakUsers.createAttendees(issuer, "rush-" + System.nanoTime(), PEOPLE),
                name -> Tokens.accessToken(issuer, name), 8);

        List<JsonNode> answers = parallel(tokens, token -> send(token, "POST", workshop, "{\"mode\": \"IN_PERSON\"}"), 64);

        assertEquals(SEATS, count(answers, "CONFIRMED"), "exactly the seats there are");
        assertEquals(PEOPLE - SEATS, count(answers, "WAITLISTED"));
        assertEquals(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList(), answers.stream()
                .filter(a -> "WAITLISTED".equals(a.get("status").asText()))
                .map(a -> a.get("waitlistPosition").asInt()).sorted().toList(), "positions 1..900, no gap, no duplicate");

        // Ten confirmed people cancel: exactly the first ten of the waitlist are promoted.
        List<String> cancelling = IntStream.range(0, PEOPLE).filter(i -> "CONFIRMED".equals(answers.get(i).get("status").asText()))
                .limit(10).mapToObj(tokens::get).toList();
        parallel(cancelling, token -> send(token, "DELETE", workshop, null), 10);
        Map<Integer, String> byPosition = IntStream.range(0, PEOPLE).boxed()
                .filter(i -> "WAITLISTED".equals(answers.get(i).get("status").asText()))
                .collect(Collectors.toMap(i -> answers.get(i).get("waitlistPosition").asInt(), tokens::get));
        for (int position = 1; position <= 10; position++) {
            assertEquals("CONFIRMED", send(byPosition.get(position), "GET", workshop, null).get("status").asText(),
                    "waitlist position " + position + " is promoted");
        }
        JsonNode eleventh = send(byPosition.get(11), "GET", workshop, null);
        assertEquals("WAITLISTED", eleventh.get("status").asText());
        assertEquals(1, eleventh.get("waitlistPosition").asInt());

        Map<String, String> answeredPositions = answers.stream().filter(a -> "WAITLISTED".equals(a.get("status").asText()))
                .collect(Collectors.toMap(a -> a.get("attendeeId").asText(), RegistrationRushTest::placeInLine));
        List<Instant> createdInLineOrder = answers.stream().filter(a -> "WAITLISTED".equals(a.get("status").asText()))
                .sorted(Comparator.comparingInt(a -> a.get("waitlistPosition").asInt()))
                .map(a -> Instant.parse(a.get("createdAt").asText())).toList();
        assertEquals(createdInLineOrder.stream().sorted().toList(), createdInLineOrder, "the line is in the order registrations were taken");

        // The published snapshots tell the same story: one fact per change, ending in the same states.
        int changes = PEOPLE + 10 + 10;
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<JsonNode> facts = new ArrayList<>();
            for (TestEvents.Received record : TestEvents.readAll(kafka, Topics.REGISTRATIONS)) {
                if (record.key().startsWith(workshop + "/")) {
                    facts.add(((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(record.value())).put("ceId", record.header(CloudEventHeaders.ID)));
                }
            }
            assertEquals(changes, facts.stream().map(f -> f.get("ceId").asText()).distinct().count());
            Map<String, JsonNode> latest = facts.stream().collect(Collectors.toMap(f -> f.get("attendeeId").asText(),
                    Function.identity(), (a, b) -> a.get("version").asLong() >= b.get("version").asLong() ? a : b));
            Map<String, Long> states = latest.values().stream()
                    .collect(Collectors.groupingBy(f -> f.get("status").asText(), Collectors.counting()));
            assertEquals(Map.of("CONFIRMED", (long) SEATS, "CANCELLED", 10L, "WAITLISTED", (long) PEOPLE - SEATS - 10), states);
            Map<String, String> published = facts.stream().filter(f -> "WAITLISTED".equals(f.get("reason").asText()))
                    .collect(Collectors.toMap(f -> f.get("attendeeId").asText(), RegistrationRushTest::placeInLine));
            assertEquals(answeredPositions, published, "each waitlisted snapshot carries the position and time its answer gave");
            assertEquals(List.of("PROMOTED"), facts.stream().filter(f -> f.get("reason").asText().equals("PROMOTED"))
                    .map(f -> f.get("reason").asText()).distinct().toList());
        });
    }

    @Test
    void oneAttendeeRegisteringTenTimesAtOnceGetsOneRegistrationAndNine409s() throws Exception {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, SEATS, null);
        String token = TestAttendees.people(issuer, "again", 1).getFirst();

        List<HttpResponse<String>> answers = parallel(IntStream.range(0, 10).boxed().toList(),
                attempt -> post(token, workshop, "{\"mode\": \"IN_PERSON\"}"), 10);

        assertEquals(Map.of(201, 1L, 409, 9L), answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())));
        for (HttpResponse<String> refused : answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertEquals("You already have an active registration for this workshop.",
                    JSON.readTree(refused.body()).get("detail").asText());
        }
        assertEquals(1, send(token, "GET", workshop, null).get("version").asInt(), "one registration, changed once");
    }

    private HttpResponse<String> post(String token, String workshop, String body) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/api/workshops/" + workshop + "/registrations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode send(String token, String method, String workshop, String body) {
        String path = "/api/workshops/" + workshop + "/registrations" + ("POST".equals(method) ? "" : "/me");
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Position and moment of admission, as one comparable value. */
    private static String placeInLine(JsonNode registration) {
        return registration.get("waitlistPosition").asInt() + " @ " + Instant.parse(registration.get("createdAt").asText());
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static long count(List<JsonNode> answers, String status) {
        return answers.stream().filter(a -> status.equals(a.get("status").asText())).count();
    }

    private static <T, R> List<R> parallel(List<T> inputs, Function<T, R> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> work.apply(input)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
