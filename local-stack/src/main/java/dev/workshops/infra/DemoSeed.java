package dev.workshops.infra;

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

/**
 * Seeds a demo workshop through the services' public APIs, as an organizer would, so a fresh local stack has
 * something to look at: the workshop, its registration policy, its public site, a released schedule and a call for
 * papers with two drafts, and accepted papers placed as talks and in the poster session ({@link DemoPapers}).
 * Answers one line per thing it did.
 */
final class DemoSeed {

    static final String WORKSHOP_ID = "open-science-2026";
    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

    private DemoSeed() {
    }

    static List<String> seed(String issuer, String scheduleUrl, String registrationUrl, String submissionsUrl) {
        String organizer = Tokens.accessToken(issuer, "olivia");
        LocalDate firstDay = LocalDate.now(ZONE).plusDays(14);
        String workshop = """
                {"id":"%s","title":"Open Science for Foundation Models","timezone":"Europe/Vienna",
                 "venue":"Messe Wien, Hall A","startsAt":"%s","endsAt":"%s",
                 "description":"Two days of talks, posters and mentoring on open science for foundation models."}
                """.formatted(WORKSHOP_ID, firstDay.atTime(9, 0).atZone(ZONE).toOffsetDateTime(),
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
                {"inPersonCapacity": 50, "virtualCapacity": null, "opensAt": "%s", "closesAt": "%s",
                 "offerTtl": "PT24H", "waitlistStreamAccess": true}
                """.formatted(java.time.OffsetDateTime.now(ZONE).minusHours(1),
                firstDay.atTime(9, 0).atZone(ZONE).toOffsetDateTime());
        int policyStatus = putOnceKnown(organizer, registrationUrl + "/api/workshops/" + WORKSHOP_ID + "/registration-policy", policy);
        if (policyStatus != 200) {
            throw new IllegalStateException("setting the demo registration policy answered HTTP " + policyStatus);
        }
        done.add("registration open now: 50 seats in person, virtual unlimited, offers last 24 h");
        done.add(site(scheduleUrl, organizer));
        done.add(schedule(scheduleUrl, organizer, firstDay));
        done.addAll(callForPapers(issuer, organizer, submissionsUrl));
        done.addAll(DemoPapers.seed(issuer, organizer, scheduleUrl, submissionsUrl, firstDay, ZONE));
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
                {"description": "Submissions (up to 4 pages, excluding references) will be peer-reviewed by a multidisciplinary committee.",
                 "tracks": [{"id": "main", "name": "Main track"}, {"id": "tools", "name": "Tools and datasets"}],
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
        draft(submissionsUrl, alice, "Open weights are not open science", "main",
                author("Alice Attendee", "alice@workshop.test", true) + "," + author("Bob Attendee", "bob@workshop.test", false));
        draft(submissionsUrl, bob, "A dataset card that reviewers read", "tools", author("Bob Attendee", "bob@workshop.test", true));
        return List.of("call for papers open until 23:59 AoE on " + deadline + " (" + submissionsUrl + "/api/workshops/"
                + WORKSHOP_ID + "/call)", "two draft submissions, by alice (with bob) and by bob, no PDF yet");
    }

    private static String author(String name, String email, boolean presenter) {
        return """
                {"name": "%s", "email": "%s", "affiliation": "Open Science Lab", "presenter": %s}""".formatted(name, email, presenter);
    }

    private static void draft(String submissionsUrl, String token, String title, String track, String authors) {
        String body = """
                {"title": "%s", "abstract": "A short paper for the demo call.", "track": "%s", "format": "short",
                 "keywords": ["open science"], "authors": [%s]}
                """.formatted(title, track, authors);
        int status = send(token, HttpRequest.newBuilder(URI.create(submissionsUrl + "/api/workshops/" + WORKSHOP_ID + "/submissions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (status != 201) {
            throw new IllegalStateException("creating a demo submission answered HTTP " + status);
        }
    }

    /** PUTs as the organizer, again while the service has not yet heard of the workshop (404), for up to a minute. */
    static int putOnceKnown(String organizer, String url, String body) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = send(organizer, HttpRequest.newBuilder(URI.create(url))
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
        } while (status == 404 && System.nanoTime() < deadline && pause());
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
