package dev.workshops.infra;

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
 * something to look at: the workshop, its registration policy, its public site and a released schedule. Answers one
 * line per thing it did.
 */
final class DemoSeed {

    static final String WORKSHOP_ID = "open-science-2026";
    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

    private DemoSeed() {
    }

    static List<String> seed(String issuer, String scheduleUrl, String registrationUrl) {
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
        // Registration hears of the workshop through the `workshops` topic; the policy can be set once it has.
        String policy = """
                {"inPersonCapacity": 50, "virtualCapacity": null, "opensAt": "%s", "closesAt": "%s",
                 "offerTtl": "PT24H", "waitlistStreamAccess": true}
                """.formatted(java.time.OffsetDateTime.now(ZONE).minusHours(1),
                firstDay.atTime(9, 0).atZone(ZONE).toOffsetDateTime());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int policyStatus;
        do {
            policyStatus = send(organizer, HttpRequest.newBuilder(URI.create(registrationUrl + "/api/workshops/" + WORKSHOP_ID + "/registration-policy"))
                    .PUT(HttpRequest.BodyPublishers.ofString(policy)));
        } while (policyStatus == 404 && System.nanoTime() < deadline && pause());
        if (policyStatus != 200) {
            throw new IllegalStateException("setting the demo registration policy answered HTTP " + policyStatus);
        }
        done.add("registration open now: 50 seats in person, virtual unlimited, offers last 24 h");
        done.add(site(scheduleUrl, organizer));
        done.add(schedule(scheduleUrl, organizer, firstDay));
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

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The answer's status; {@code token} null sends none (a public read). */
    private static int send(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient()
                    .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("demo seeding failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
