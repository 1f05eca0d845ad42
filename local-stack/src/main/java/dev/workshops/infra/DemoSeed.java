package dev.workshops.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.CallChanged;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Seeds a demo workshop through the services' public APIs, as an organizer would, so a fresh local stack has
 * something to look at: the workshop, its registration policy, its public site, a released schedule and a call for
 * papers with two drafts, accepted papers placed as talks and in the poster session ({@link DemoPapers}), and people
 * who registered, booked mentoring and a stream that is live ({@link DemoCrowd}).
 * Answers one line per thing it did.
 */
final class DemoSeed {

    static final String WORKSHOP_ID = "scientific-reasoning-2026";
    static final String TITLE = "Scientific Reasoning at the Frontier: Training and Evaluating the Next Generation of Multimodal"
            + " Models for Scientific Discovery";
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    /** Few seats, so that the demo's crowd fills them and a waitlist forms. */
    static final int IN_PERSON_SEATS = 12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoSeed() {
    }

    static List<String> seed(String issuer, String scheduleUrl, String registrationUrl, String submissionsUrl, String streamingUrl) {
        String organizer = Tokens.accessToken(issuer, "olivia");
        LocalDate firstDay = LocalDate.now(ZONE).plusDays(14);
        String workshop = """
                {"id":"%s","title":"%s","timezone":"%s",
                 "venue":"San Diego Convention Center, Hall A","startsAt":"%s","endsAt":"%s",
                 "description":"Two days of keynotes, talks, a panel, posters and mentoring, in person and streamed."}
                """.formatted(WORKSHOP_ID, TITLE, ZONE, firstDay.atTime(9, 0).atZone(ZONE).toOffsetDateTime(),
                firstDay.plusDays(1).atTime(18, 0).atZone(ZONE).toOffsetDateTime());
        List<String> done = new ArrayList<>();
        int status = send(organizer, HttpRequest.newBuilder(URI.create(scheduleUrl + "/api/workshops"))
                .POST(HttpRequest.BodyPublishers.ofString(workshop)));
        done.add(switch (status) {
            case 201 -> "workshop " + WORKSHOP_ID + " created (" + scheduleUrl + "/api/workshops/" + WORKSHOP_ID + ")";
            case 409 -> "workshop " + WORKSHOP_ID + " was already there";
            default -> throw new IllegalStateException("creating the demo workshop answered HTTP " + status);
        });
        // Registration and submissions hear of the workshop through the `workshops` topic; each can be set up once it has.
        String policy = """
                {"inPersonCapacity": %d, "virtualCapacity": null, "opensAt": "%s", "closesAt": "%s",
                 "offerTtl": "PT24H", "waitlistStreamAccess": true}
                """.formatted(IN_PERSON_SEATS, java.time.OffsetDateTime.now(ZONE).minusHours(1),
                firstDay.atTime(9, 0).atZone(ZONE).toOffsetDateTime());
        int policyStatus = putOnceKnown(organizer, registrationUrl + "/api/workshops/" + WORKSHOP_ID + "/registration-policy", policy);
        if (policyStatus != 200) {
            throw new IllegalStateException("setting the demo registration policy answered HTTP " + policyStatus);
        }
        done.add("registration open now: " + IN_PERSON_SEATS + " seats in person, virtual unlimited, offers last 24 h");
        done.add(site(scheduleUrl, organizer));
        done.add(schedule(scheduleUrl, organizer, firstDay));
        done.addAll(callForPapers(issuer, organizer, submissionsUrl));
        done.addAll(DemoPapers.seed(issuer, organizer, scheduleUrl, submissionsUrl, firstDay, ZONE));
        done.addAll(DemoCrowd.seed(issuer, organizer, scheduleUrl, registrationUrl, streamingUrl, firstDay, ZONE));
        return done;
    }

    /** The public site's overview, speakers, organizers, volunteers and sponsors (replaced on every run). */
    private static String site(String scheduleUrl, String organizer) {
        String site;
        try (InputStream in = DemoSeed.class.getResourceAsStream("/demo/site.json")) {
            site = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int status = send(organizer, HttpRequest.newBuilder(URI.create(scheduleUrl + "/api/workshops/" + WORKSHOP_ID + "/site"))
                .PUT(HttpRequest.BodyPublishers.ofString(site)));
        if (status != 200) {
            throw new IllegalStateException("putting the demo site answered HTTP " + status);
        }
        return "site content: overview, keynote speakers, panelists, organizers, volunteers, sponsors";
    }

    /** Two days of sessions, released as version 1; a stack that already has a release keeps it. */
    private static String schedule(String scheduleUrl, String organizer, LocalDate firstDay) {
        String workshop = scheduleUrl + "/api/workshops/" + WORKSHOP_ID;
        if (send(null, HttpRequest.newBuilder(URI.create(workshop + "/schedule")).GET()) == 200) {
            return "the schedule was already released";
        }
        List<DemoSessions.Session> sessions = DemoSessions.of(firstDay, ZONE);
        for (DemoSessions.Session session : sessions) {
            int status = send(organizer, HttpRequest.newBuilder(URI.create(workshop + "/sessions"))
                    .POST(HttpRequest.BodyPublishers.ofString(DemoSessions.json(session))));
            if (status != 201) {
                throw new IllegalStateException("adding the demo session '" + session.title() + "' answered HTTP " + status);
            }
        }
        int released = send(organizer, HttpRequest.newBuilder(URI.create(workshop + "/schedule/releases"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"comment\":\"demo programme\"}")));
        if (released != 201) {
            throw new IllegalStateException("releasing the demo schedule answered HTTP " + released);
        }
        return "schedule released: " + sessions.size() + " sessions over two days (keynotes, talks, a panel, posters, breaks)";
    }

    /** A call open now until 23:59 AoE in a week, and drafts by alice (with bob) and bob, who have no PDF yet. */
    private static List<String> callForPapers(String issuer, String organizer, String submissionsUrl) {
        LocalDate deadline = LocalDate.now(CallChanged.Deadline.ANYWHERE_ON_EARTH).plusDays(7);
        String call = """
                {"description": "Short papers (up to 4 pages, excluding references) on training and evaluating multimodal models for scientific discovery, peer-reviewed by a committee of machine-learning researchers and domain scientists.",
                 "tracks": [{"id": "main", "name": "Main track"}, {"id": "tools", "name": "Benchmarks and datasets"}],
                 "formats": [{"id": "short", "name": "Short paper", "maxPages": 4, "maxBytes": 10485760}],
                 "opensAt": "%s", "deadline": {"date": "%s", "time": "23:59", "zone": "AoE"},
                 "reviewDeadline": {"date": "%s", "time": "23:59", "zone": "AoE"}, "blind": "DOUBLE"}
                """.formatted(java.time.OffsetDateTime.now(ZONE).minusHours(1), deadline, deadline.plusDays(5));
        int callStatus = putOnceKnown(organizer, submissionsUrl + "/api/workshops/" + WORKSHOP_ID + "/call", call);
        if (callStatus != 200) {
            throw new IllegalStateException("opening the demo call for papers answered HTTP " + callStatus);
        }
        String alice = Tokens.accessToken(issuer, "alice");
        String bob = Tokens.accessToken(issuer, "bob");
        draft(submissionsUrl, alice, "Can a model read a phase diagram?", "main",
                author("Alice Attendee", "alice@workshop.test", true) + "," + author("Bob Attendee", "bob@workshop.test", false));
        draft(submissionsUrl, bob, "A benchmark of instrument read-outs", "tools", author("Bob Attendee", "bob@workshop.test", true));
        return List.of("call for papers open until 23:59 AoE on " + deadline + " (" + submissionsUrl + "/api/workshops/"
                + WORKSHOP_ID + "/call)", "two draft submissions, by alice (with bob) and by bob, no PDF yet");
    }

    private static String author(String name, String email, boolean presenter) {
        return """
                {"name": "%s", "email": "%s", "affiliation": "Frontier Science Lab", "presenter": %s}""".formatted(name, email, presenter);
    }

    private static void draft(String submissionsUrl, String token, String title, String track, String authors) {
        String body = """
                {"title": "%s", "abstract": "A short paper for the demo call.", "track": "%s", "format": "short",
                 "keywords": ["scientific reasoning"], "authors": [%s]}
                """.formatted(title, track, authors);
        int status = send(token, HttpRequest.newBuilder(URI.create(submissionsUrl + "/api/workshops/" + WORKSHOP_ID + "/submissions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (status != 201) {
            throw new IllegalStateException("creating a demo submission answered HTTP " + status);
        }
    }

    /** PUTs as the organizer, again while the service has not yet heard of the workshop (404), for up to a minute. */
    static int putOnceKnown(String organizer, String url, String body) {
        return askWhile(404, () -> send(organizer, HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString(body))));
    }

    /**
     * Asks again while the answer is {@code waitingStatus}, for up to a minute, and answers the last status: a service
     * hears of what another one did through Kafka, a moment after that one answered.
     */
    static int askWhile(int waitingStatus, IntSupplier ask) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = ask.getAsInt();
        } while (status == waitingStatus && System.nanoTime() < deadline && pause());
        return status;
    }

    static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> answer) {
        try {
            return answer.body() == null || answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("a demo request answered no JSON: " + answer.statusCode(), e);
        }
    }

    static void expect(int wanted, int status, String what) {
        if (status != wanted) {
            throw new IllegalStateException(what + " answered HTTP " + status);
        }
    }

    /** The answer's status; {@code token} null sends none (a public read). */
    static int send(String token, HttpRequest.Builder request) {
        return exchange(token, request).statusCode();
    }

    /** The answer; a request with a token is JSON unless it says otherwise. */
    static HttpResponse<String> exchange(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
            if (request.build().headers().firstValue("Content-Type").isEmpty()) {
                request.header("Content-Type", "application/json");
            }
        }
        try {
            return HttpClient.newHttpClient()
                    .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("demo seeding failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
