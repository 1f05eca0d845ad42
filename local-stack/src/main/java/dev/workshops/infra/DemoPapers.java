package dev.workshops.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The demo's accepted papers, the way a program comes about: alice and bob submit papers with PDFs, the chair
 * decides (two talks, two posters, one rejected) and releases the decisions, the authors send camera-readies (a
 * presenter in person, one online), and the chair places the talks on the first afternoon and the posters on
 * boards in the poster session, then releases the schedule again. A stack that already has papers keeps them.
 */
final class DemoPapers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORKSHOP = DemoSeed.WORKSHOP_ID;

    private record Paper(String title, String finalTitle, String outcome, String submitter, List<Map<String, Object>> authors,
            String presenterEmail, String attendance) {
    }

    private DemoPapers() {
    }

    static List<String> seed(String issuer, String organizer, String scheduleUrl, String submissionsUrl, LocalDate firstDay,
            ZoneId zone) {
        JsonNode published = DemoSeed.json(DemoSeed.exchange(null, HttpRequest.newBuilder(
                URI.create(submissionsUrl + "/api/workshops/" + WORKSHOP + "/papers")).GET()));
        if (published.path("total").asLong() > 0) {
            return List.of("the accepted papers were already there");
        }
        Map<String, Object> alice = author("Alice Attendee", "alice@workshop.test");
        Map<String, Object> bob = author("Bob Attendee", "bob@workshop.test");
        List<Paper> papers = List.of(
                new Paper("Chart reasoning without captions", "Reading charts without their captions: a probe of visual reasoning", "ACCEPT_ORAL", "alice",
                        List.of(alice, bob), "alice@workshop.test", "IN_PERSON"),
                new Paper("Spectra as a second language", "Spectra as a second language: pretraining on instrument data", "ACCEPT_ORAL", "bob",
                        List.of(bob), "bob@workshop.test", "VIRTUAL"),
                new Paper("Held-out discoveries", "Held-out discoveries: a benchmark dated after the training cut-off", "ACCEPT_POSTER", "alice",
                        List.of(alice), "alice@workshop.test", "IN_PERSON"),
                new Paper("Figure leakage audit", "Auditing figure leakage from papers into benchmarks", "ACCEPT_POSTER", "bob",
                        List.of(bob, alice), "bob@workshop.test", "IN_PERSON"),
                new Paper("A leaderboard shortcut", null, "REJECT", "alice", List.of(alice), null, null));
        List<String> ids = new ArrayList<>();
        for (Paper paper : papers) {
            String token = Tokens.accessToken(issuer, paper.submitter());
            String id = submitted(submissionsUrl, token, paper);
            ids.add(id);
            DemoSeed.expect(200, DemoSeed.send(organizer, HttpRequest.newBuilder(URI.create(submissionsUrl + "/api/submissions/" + id + "/decision"))
                    .PUT(DemoSeed.body(Map.of("outcome", paper.outcome())))), "deciding on a demo paper");
        }
        DemoSeed.expect(200, DemoSeed.send(organizer, HttpRequest.newBuilder(URI.create(submissionsUrl + "/api/workshops/" + WORKSHOP
                + "/decisions/release")).POST(HttpRequest.BodyPublishers.noBody())), "releasing the demo decisions");
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            if (paper.finalTitle() != null) {
                cameraReady(submissionsUrl, Tokens.accessToken(issuer, paper.submitter()), ids.get(i), paper);
            }
        }
        place(scheduleUrl, organizer, firstDay, zone, ids);
        return List.of("five papers submitted by alice and bob, decided and released: two talks, two posters, one rejected",
                "camera-ready versions sent (alice presents in person, bob online), final PDFs public on "
                        + submissionsUrl + "/api/workshops/" + WORKSHOP + "/papers",
                "schedule released again: the two talks on the first afternoon, the posters on boards 1 and 2 of the poster session");
    }

    /** The paper as a draft by its submitter, then its PDF: SUBMITTED; its id. */
    private static String submitted(String submissionsUrl, String token, Paper paper) {
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Map<String, Object> author : paper.authors()) {
            ObjectNode listed = JSON.valueToTree(author);
            listed.put("presenter", author.get("email").equals(paper.authors().getFirst().get("email")));
            authors.add(JSON.convertValue(listed, Map.class));
        }
        HttpResponse<String> created = DemoSeed.exchange(token, HttpRequest.newBuilder(
                        URI.create(submissionsUrl + "/api/workshops/" + WORKSHOP + "/submissions"))
                .POST(DemoSeed.body(Map.of("title", paper.title(), "abstract", "A short paper of the demo workshop.", "track", "main",
                        "format", "short", "keywords", List.of("scientific reasoning"), "authors", authors))));
        DemoSeed.expect(201, created.statusCode(), "submitting a demo paper");
        String id = DemoSeed.json(created).path("id").asText();
        uploadPdf(token, URI.create(submissionsUrl + "/api/submissions/" + id + "/pdf"), paper.title());
        return id;
    }

    private static void cameraReady(String submissionsUrl, String token, String id, Paper paper) {
        List<Map<String, Object>> authors = paper.authors().stream()
                .map(a -> Map.<String, Object>of("name", a.get("name"), "email", a.get("email"), "affiliation", a.get("affiliation")))
                .toList();
        DemoSeed.expect(200, DemoSeed.send(token, HttpRequest.newBuilder(URI.create(submissionsUrl + "/api/submissions/" + id + "/camera-ready"))
                .PUT(DemoSeed.body(Map.of("title", paper.finalTitle(), "abstract", "The final version of a demo paper.", "authors", authors,
                        "presenter", Map.of("email", paper.presenterEmail(), "attendance", paper.attendance()),
                        "license", "CC-BY-4.0", "archival", true)))), "sending a demo camera-ready");
        uploadPdf(token, URI.create(submissionsUrl + "/api/submissions/" + id + "/camera-ready/pdf"), paper.finalTitle());
    }

    /**
     * Once schedule-service has heard of the four accepted papers: a talk from each oral paper on the first
     * afternoon, the posters on boards 1 and 2 of the draft's poster session; then a release.
     */
    private static void place(String scheduleUrl, String organizer, LocalDate firstDay, ZoneId zone, List<String> ids) {
        String workshop = scheduleUrl + "/api/workshops/" + WORKSHOP;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode draft;
        do {
            draft = DemoSeed.json(DemoSeed.exchange(organizer, HttpRequest.newBuilder(URI.create(workshop + "/draft")).GET()));
        } while (draft.path("unplacedPapers").size() < 4 && System.nanoTime() < deadline && DemoSeed.pause());
        if (draft.path("unplacedPapers").size() < 4) {
            throw new IllegalStateException("schedule-service did not hear of the demo's accepted papers within a minute");
        }
        for (int i = 0; i < 2; i++) {
            var starts = firstDay.atTime(16, 0).plusMinutes(30L * i).atZone(zone).toOffsetDateTime();
            DemoSeed.expect(201, DemoSeed.send(organizer, HttpRequest.newBuilder(URI.create(workshop + "/sessions"))
                    .POST(DemoSeed.body(Map.of("kind", "TALK", "paperId", ids.get(i), "startsAt", starts.toString(),
                            "endsAt", starts.plusMinutes(30).toString(), "room", "Hall A")))), "placing a demo talk");
        }
        JsonNode posters = null;
        for (JsonNode session : draft.path("sessions")) {
            if ("POSTER".equals(session.path("kind").asText()) && "SCHEDULED".equals(session.path("status").asText())) {
                posters = session;
            }
        }
        if (posters == null) {
            throw new IllegalStateException("the demo draft has no poster session");
        }
        ObjectNode boards = JSON.createObjectNode();
        for (String field : List.of("title", "kind", "startsAt", "endsAt", "room", "abstract", "streamed")) {
            boards.set(field, posters.path(field));
        }
        ArrayNode placed = boards.putArray("papers");
        placed.addObject().put("paperId", ids.get(2)).put("board", 1);
        placed.addObject().put("paperId", ids.get(3)).put("board", 2);
        DemoSeed.expect(200, DemoSeed.send(organizer, HttpRequest.newBuilder(URI.create(scheduleUrl + "/api/sessions/" + posters.path("id").asText()))
                .PUT(HttpRequest.BodyPublishers.ofString(boards.toString()))), "placing the demo posters");
        DemoSeed.expect(201, DemoSeed.send(organizer, HttpRequest.newBuilder(URI.create(workshop + "/schedule/releases"))
                .POST(DemoSeed.body(Map.of("comment", "accepted papers")))), "releasing the demo programme with its papers");
    }

    private static void uploadPdf(String token, URI to, String title) {
        DemoSeed.expect(200, DemoSeed.send(token, HttpRequest.newBuilder(to).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf(title)))), "uploading a demo PDF");
    }

    /** A three-page paper with its title on the first page and the references heading on the last. */
    private static byte[] pdf(String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String line : List.of(title, "Method and results", "References")) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 14);
                    text.newLineAtOffset(72, 700);
                    text.showText(line);
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> author(String name, String email) {
        return Map.of("name", name, "email", email, "affiliation", "Frontier Science Lab");
    }
}
