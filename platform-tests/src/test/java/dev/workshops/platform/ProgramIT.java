package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An accepted paper becomes the program across the services, each its own process: submitted, accepted as a talk,
 * its camera-ready sent; the talk made from it takes its title and its presenter as speaker; a corrected title is
 * UPDATED in the next release and the presenter is told, as every speaker is.
 */
class ProgramIT {

    @Test
    void anOralPaperBecomesATalkThatFollowsItsCameraReadyAndItsSpeakerIsToldOfTheChange() throws IOException, InterruptedException {
        WorkshopDay day = new WorkshopDay("Reasoning at the Frontier", 10);
        String username = day.newAttendees("presenter", 1).getFirst();
        String author = day.token(username);
        String email = WorkshopDay.emailOf(username);
        day.register(author, "IN_PERSON");

        LocalDate due = LocalDate.now(ZoneOffset.ofHours(-12)).plusDays(5);
        Map<String, Object> call = Map.of("tracks", List.of(Map.of("id", "main", "name", "Main track")),
                "formats", List.of(Map.of("id", "short", "name", "Short paper", "maxPages", 4, "maxBytes", 10_485_760)),
                "opensAt", day.now.minus(1, ChronoUnit.DAYS).toString(),
                "deadline", Map.of("date", due.toString(), "time", "23:59", "zone", "AoE"),
                "reviewDeadline", Map.of("date", due.plusDays(10).toString(), "time", "23:59", "zone", "AoE"), "blind", "DOUBLE");
        Awaitility.await("submissions-service knows " + day.id).atMost(WorkshopDay.EVENTUALLY)
                .until(() -> Api.put(submissions("/api/workshops/" + day.id + "/call"), day.organizer, call).status() == 200);
        String paper = Api.post(submissions("/api/workshops/" + day.id + "/submissions"), author, Map.of("title", "Sparse attention",
                "abstract", "We revisit sparse attention.", "track", "main", "format", "short",
                "authors", List.of(Map.of("name", "Ada Presenter", "email", email, "presenter", true)))).expect(201).path("id").asText();
        uploadPdf(author, paper);
        Api.put(submissions("/api/submissions/" + paper + "/decision"), day.organizer, Map.of("outcome", "ACCEPT_ORAL")).expect(200);
        Api.post(submissions("/api/workshops/" + day.id + "/decisions/release"), day.organizer, null).expect(200);
        Api.put(submissions("/api/submissions/" + paper + "/camera-ready"), author, cameraReady("Sparse attention, finally", email)).expect(200);

        Awaitility.await("schedule-service has the accepted paper").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> draft(day).path("unplacedPapers").findValuesAsText("paperId").contains(paper));
        String startsAt = day.now.plus(3, ChronoUnit.HOURS).toString();
        JsonNode talk = Api.post(day.schedule("/api/workshops/" + day.id + "/sessions"), day.organizer, Map.of("kind", "TALK",
                "paperId", paper, "startsAt", startsAt, "endsAt", day.now.plus(4, ChronoUnit.HOURS).toString(), "room", "Hall A")).expect(201);
        assertEquals("Sparse attention, finally", talk.path("title").asText());
        assertEquals(Tokens.subjectOf(author), day.release().path("changes").get(0).path("after").path("speakers").get(0).path("userId").asText());

        Api.put(submissions("/api/submissions/" + paper + "/camera-ready"), author, cameraReady("Sparse attention, at last", email)).expect(200);
        Awaitility.await("the talk follows the camera-ready").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> draft(day).path("sessions").get(0).path("title").asText().equals("Sparse attention, at last"));
        JsonNode release = day.release();
        assertEquals(List.of("UPDATED"), release.path("changes").findValuesAsText("type"));

        // The workshop's public home lists the accepted paper, as anyone sees it, by its camera-ready title.
        HttpRequest home = HttpRequest.newBuilder(URI.create(day.platform.portalUrl() + "/workshops/" + day.id))
                .header("Accept", "text/html").build();
        String page = HttpClient.newHttpClient().send(home, HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("<h2 id=\"papers-title\">Accepted papers</h2>"), page);
        assertTrue(page.contains("<span class=\"paper-title\">Sparse attention, at last</span>"), page);

        WorkshopDayIT.Person presenter = new WorkshopDayIT.Person(day, username);
        Awaitility.await("the speaker is told").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> presenter.feedSubjects().contains("Schedule changes that concern you (1 in version 2)"));
    }

    private static Map<String, Object> cameraReady(String title, String email) {
        return Map.of("title", title, "abstract", "The final abstract.",
                "authors", List.of(Map.of("name", "Ada Presenter", "email", email)),
                "presenter", Map.of("email", email, "attendance", "IN_PERSON"), "license", "CC-BY-4.0", "archival", true);
    }

    private static JsonNode draft(WorkshopDay day) {
        return Api.get(day.schedule("/api/workshops/" + day.id + "/draft"), day.organizer).expect(200);
    }

    private static String submissions(String path) {
        return Platform.get().url(Platform.Service.SUBMISSIONS) + path;
    }

    private static void uploadPdf(String token, String paper) throws IOException {
        Path pdf = TestPaper.write(Files.createTempFile("paper", ".pdf"), 4, 4);
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(submissions("/api/submissions/" + paper + "/pdf")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                    .PUT(HttpRequest.BodyPublishers.ofFile(pdf)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
