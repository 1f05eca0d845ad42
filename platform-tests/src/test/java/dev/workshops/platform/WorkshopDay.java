package dev.workshops.platform;

import static dev.workshops.platform.Platform.Service.REGISTRATION;
import static dev.workshops.platform.Platform.Service.SCHEDULE;
import static dev.workshops.platform.Platform.Service.STREAMING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.Tokens;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * A workshop being run on the platform, through the public APIs only: the organizer's, mentor's, staff's and
 * attendees' requests, each checked for the status the contract (api.md) gives.
 */
final class WorkshopDay {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    final Platform platform = Platform.get();
    final String id = "day-" + UUID.randomUUID().toString().substring(0, 8);
    final String organizer = token("olivia");
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    /** Creates the workshop (started an hour ago, for two days) and its registration policy. */
    WorkshopDay(String title, int inPersonCapacity) {
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("id", id);
        workshop.put("title", title);
        workshop.put("timezone", "Europe/Vienna");
        workshop.put("venue", "TU Wien");
        workshop.put("startsAt", now.minus(1, ChronoUnit.HOURS).toString());
        workshop.put("endsAt", now.plus(2, ChronoUnit.DAYS).toString());
        Api.post(schedule("/api/workshops"), organizer, workshop).expect(201);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("inPersonCapacity", inPersonCapacity);
        policy.put("opensAt", now.minus(1, ChronoUnit.DAYS).toString());
        policy.put("closesAt", now.plus(2, ChronoUnit.DAYS).toString());
        // registration-service learns of the workshop from the `workshops` topic: 404 until then.
        Awaitility.await("registration-service knows " + id).atMost(EVENTUALLY)
                .until(() -> Api.put(registration("/api/workshops/" + id + "/registration-policy"), organizer, policy).status() == 200);
    }

    String schedule(String path) {
        return platform.url(SCHEDULE) + path;
    }

    String registration(String path) {
        return platform.url(REGISTRATION) + path;
    }

    String streaming(String path) {
        return platform.url(STREAMING) + path;
    }

    String notification(String path) {
        return platform.url(Platform.Service.NOTIFICATION) + path;
    }

    String submissions(String path) {
        return platform.url(Platform.Service.SUBMISSIONS) + path;
    }

    String token(String username) {
        return Tokens.accessToken(platform.issuer, username);
    }

    /** New attendees in Keycloak (each username's email is {@code <username>@bench.workshop.test}). */
    List<String> newAttendees(String prefix, int count) {
        return KeycloakUsers.createAttendees(platform.issuer, prefix + "-" + System.nanoTime(), count);
    }

    static String emailOf(String username) {
        return username + "@bench.workshop.test";
    }

    UUID addSession(String title, String kind, Instant startsAt, String room) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", title);
        session.put("kind", kind);
        session.put("startsAt", startsAt.toString());
        session.put("endsAt", startsAt.plus(45, ChronoUnit.MINUTES).toString());
        session.put("room", room);
        session.put("speakers", List.of(Map.of("name", "Sam Speaker", "userId", Tokens.subjectOf(token("sam")))));
        return UUID.fromString(Api.post(schedule("/api/workshops/" + id + "/sessions"), organizer, session).expect(201).path("id").asText());
    }

    void moveSession(UUID session, String title, String kind, Instant startsAt, String room) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(45, ChronoUnit.MINUTES).toString());
        body.put("room", room);
        body.put("speakers", List.of(Map.of("name", "Sam Speaker", "userId", Tokens.subjectOf(token("sam")))));
        Api.put(schedule("/api/sessions/" + session), organizer, body).expect(200);
    }

    JsonNode release() {
        return Api.post(schedule("/api/workshops/" + id + "/schedule/releases"), organizer, Map.of("comment", "release")).expect(201);
    }

    JsonNode register(String attendeeToken, String mode) {
        return Api.post(registration("/api/workshops/" + id + "/registrations"), attendeeToken, Map.of("mode", mode)).expect(201);
    }

    JsonNode registrationOf(String attendeeToken) {
        return Api.get(registration("/api/workshops/" + id + "/registrations/me"), attendeeToken).expect(200);
    }

    JsonNode cancel(String attendeeToken) {
        return Api.delete(registration("/api/workshops/" + id + "/registrations/me"), attendeeToken).expect(200);
    }

    /** Stars a session once schedule-service holds the person's registration (from the `registrations` topic). */
    void star(String attendeeToken, UUID session) {
        Api.put(schedule("/api/sessions/" + session + "/star"), attendeeToken, null).expect(204);
    }

    /**
     * A double-blind call on this workshop, {@code author}'s paper with its PDF, and {@code reviewer} invited to the
     * committee, accepting, assigned to the paper (a chair dismisses the conflict their shared email domain raises)
     * and submitting a review.
     */
    void reviewCycle(String author, String reviewer, Path pdf) {
        java.time.LocalDate day = now.atOffset(java.time.ZoneOffset.ofHours(-12)).toLocalDate().plusDays(10);
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("tracks", List.of(Map.of("id", "main", "name", "Main track")));
        call.put("formats", List.of(Map.of("id", "short", "name", "Short paper", "maxPages", 4, "maxBytes", 10_485_760)));
        call.put("opensAt", now.minus(1, ChronoUnit.DAYS).toString());
        call.put("deadline", Map.of("date", day.toString(), "time", "23:59", "zone", "AoE"));
        call.put("reviewDeadline", Map.of("date", day.plusDays(30).toString(), "time", "23:59", "zone", "AoE"));
        call.put("blind", "DOUBLE");
        // submissions-service learns of the workshop from the `workshops` topic: 404 until then.
        Awaitility.await("submissions-service knows " + id).atMost(EVENTUALLY)
                .until(() -> Api.put(submissions("/api/workshops/" + id + "/call"), organizer, call).status() == 200);

        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("title", "Reasoning under uncertainty");
        paper.put("abstract", "What the committee reads.");
        paper.put("track", "main");
        paper.put("format", "short");
        paper.put("authors", List.of(Map.of("name", "Ada Author", "email", emailOf(author), "affiliation", "TU Wien",
                "presenter", true)));
        String paperId = Api.post(submissions("/api/workshops/" + id + "/submissions"), token(author), paper).expect(201)
                .path("id").asText();
        uploadPdf(token(author), paperId, pdf);

        String member = Api.post(submissions("/api/workshops/" + id + "/committee"), organizer,
                Map.of("email", emailOf(reviewer), "name", "Rex Reviewer")).expect(201).path("id").asText();
        Api.put(submissions("/api/workshops/" + id + "/committee/me"), token(reviewer),
                Map.of("accept", true, "affiliation", "Reviewers Lab", "listPublicly", false)).expect(200);
        for (JsonNode conflict : Api.get(submissions("/api/workshops/" + id + "/conflicts"), organizer).expect(200)) {
            Api.put(submissions("/api/conflicts/" + conflict.path("id").asText()), organizer, Map.of("status", "DISMISSED")).expect(200);
        }
        Api.post(submissions("/api/workshops/" + id + "/assignments"), organizer,
                Map.of("assignments", List.of(Map.of("submissionId", paperId, "memberId", member)))).expect(201);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("overall", 7);
        review.put("confidence", 4);
        review.put("originality", 3);
        review.put("relevance", 4);
        review.put("rigor", 4);
        review.put("summary", "Sound.");
        review.put("commentsToAuthors", "Please widen the scope.");
        review.put("submit", true);
        Api.put(submissions("/api/submissions/" + paperId + "/review"), token(reviewer), review).expect(200);
    }

    private void uploadPdf(String authorToken, String paperId, Path pdf) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(submissions("/api/submissions/" + paperId + "/pdf")))
                    .header("Authorization", "Bearer " + authorToken).header("Content-Type", "application/pdf")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofFile(pdf)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("PDF upload answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    UUID openMentoringSlot(String mentorToken, Instant startsAt, int capacity) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("startsAt", startsAt.toString());
        slot.put("endsAt", startsAt.plus(30, ChronoUnit.MINUTES).toString());
        slot.put("topic", "Career paths");
        slot.put("capacity", capacity);
        slot.put("format", "ONLINE");
        slot.put("meetingUrl", "https://meet.example.org/career");
        return UUID.fromString(Api.post(schedule("/api/workshops/" + id + "/mentoring/slots"), mentorToken, slot).expect(201).path("id").asText());
    }

    /** Books once schedule-service holds the person's registration: 403 until then. */
    JsonNode book(String attendeeToken, UUID slot) {
        return tryToBook(attendeeToken, slot).expect(201);
    }

    Api.Answer tryToBook(String attendeeToken, UUID slot) {
        String url = schedule("/api/mentoring/slots/" + slot + "/bookings");
        Api.Answer[] answer = new Api.Answer[1];
        Awaitility.await("schedule-service knows the registration").atMost(EVENTUALLY)
                .until(() -> (answer[0] = Api.post(url, attendeeToken, null)).status() != 403);
        return answer[0];
    }

    /** Attaches a stream once streaming-service holds the release (404 until then) and takes it live. */
    void streamLive(UUID session, String playbackUrl) {
        Map<String, Object> stream = Map.of("provider", "HLS", "playbackUrl", playbackUrl);
        Awaitility.await("streaming-service knows the session").atMost(EVENTUALLY)
                .until(() -> Api.put(streaming("/api/sessions/" + session + "/stream"), organizer, stream).status() == 200);
        Api.post(streaming("/api/sessions/" + session + "/stream/live"), organizer, null).expect(200);
    }

    /** Asks for a personal watch link once streaming-service holds the registration. */
    String join(String attendeeToken, UUID session) {
        String url = streaming("/api/sessions/" + session + "/stream/join");
        Api.Answer[] answer = new Api.Answer[1];
        Awaitility.await("streaming-service knows the registration").atMost(EVENTUALLY)
                .until(() -> (answer[0] = Api.post(url, attendeeToken, null)).status() != 403);
        return answer[0].expect(200).path("watchUrl").asText();
    }

    JsonNode checkIn(String ticketCode) {
        return Api.post(registration("/api/workshops/" + id + "/check-ins"), token("stan"), Map.of("ticketCode", ticketCode)).expect(200);
    }
}
