package dev.workshops.portal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.portal.console.ServiceStubs.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roster and streams pages against stand-in services (no Keycloak: {@link SignedInOrganizer} signs the requests
 * in): what each page asks the service for, what it shows, the CSV passed on, and refusals kept as typed.
 */
@QuarkusTest
@TestProfile(OperationsPagesTest.Stubbed.class)
class OperationsPagesTest {

    /** Started on the first test, in the class loader the test runs in. */
    private static ServiceStubs services;

    public static class Stubbed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(Map.of("quarkus.oidc.enabled", "false"));
            for (String service : new String[] {"registration", "schedule", "notification", "streaming", "submissions"}) {
                config.put("workshop.portal.services." + service, ServiceStubs.url());
            }
            return config;
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SignedInOrganizer.class);
        }
    }

    private static final String TOKEN = "form-token-of-this-browser-0123456789abcdef";
    private static final UUID KEYNOTE = UUID.fromString("5f0c8f9e-8a4e-4c36-9d43-2f1f6f1c0a01");

    @TestHTTPResource("/")
    URI portal;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aWorkshop() {
        if (services == null) {
            services = ServiceStubs.start();
        }
        services.reset();
        services.answer("GET", "/api/workshops/w1", Answer.json("""
                {"id":"w1","title":"Reasoning at the Frontier","timezone":"Europe/Vienna","venue":"TU Wien",
                 "startsAt":"2030-12-07T08:00:00Z","endsAt":"2030-12-08T17:00:00Z"}"""));
        services.answer("GET", "/api/workshops/w1/registrations/stats", Answer.json("""
                {"inPerson":{"capacity":2,"confirmed":2,"offered":0,"waitlisted":1,"checkedIn":1},
                 "virtual":{"capacity":null,"confirmed":1,"waitlisted":0}}"""));
    }

    @Test
    void theRosterAsksForTheFilteredPageAndShowsItWithTheCountsAndTheWaitlist() throws Exception {
        String ada = entry("Ada Lovelace", "IN_PERSON", "WAITLISTED", 1);
        services.answer("GET", "/api/workshops/w1/registrations?page=0&size=50&status=WAITLISTED&q=ada%20l",
                Answer.json("{\"items\":[" + ada + "],\"page\":0,\"size\":50,\"total\":1}"));
        services.answer("GET", "/api/workshops/w1/registrations?status=WAITLISTED&size=100",
                Answer.json("{\"items\":[" + ada + "],\"page\":0,\"size\":100,\"total\":1}"));

        HttpResponse<String> page = get("console/workshops/w1/roster?q=ada+l&status=WAITLISTED&mode=");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Waitlisted, position 1"), page.body());
        assertTrue(page.body().contains("<option value=\"WAITLISTED\" selected>"), "the filter as chosen");
        assertTrue(page.body().contains("value=\"ada l\""), "the search as typed");
        assertTrue(page.body().contains("<td data-count=\"waitlisted\">1</td>"), "the counts");
        assertTrue(page.body().contains("<ol class=\"waitlist\" id=\"waitlist-in-person\"><li value=\"1\">Ada Lovelace"), page.body());
        assertTrue(page.body().contains("1–1 of 1, in waitlist order"), page.body());

        HttpResponse<String> counts = get("console/workshops/w1/roster/counts");
        assertEquals(200, counts.statusCode());
        assertTrue(counts.body().contains("id=\"counts\"") && !counts.body().contains("<html"), counts.body());
    }

    @Test
    void aSearchTheServiceRefusesShowsItsSentenceAndKeepsTheText() throws Exception {
        String typed = "x".repeat(201);
        services.answer("GET", "/api/workshops/w1/registrations?page=0&size=50&q=" + typed,
                Answer.problem(400, "q must be at most 200 characters"));

        HttpResponse<String> page = get("console/workshops/w1/roster?q=" + typed);

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("id=\"problem\">q must be at most 200 characters</p>"), page.body());
        assertTrue(page.body().contains("value=\"" + typed + "\""));
    }

    @Test
    void theCsvIsPassedOnAsTextCsvWithTheWorkshopsFileName() throws Exception {
        services.answer("GET", "/api/workshops/w1/registrations.csv",
                new Answer(200, "text/csv; charset=UTF-8", "id,name,email\r\nr1,Ada Lovelace,ada@example.org\r\n"));

        HttpResponse<String> csv = get("console/workshops/w1/roster/registrations.csv");

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertEquals("attachment; filename=\"w1-registrations.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("id,name,email\r\nr1,Ada Lovelace,ada@example.org\r\n", csv.body());
    }

    @Test
    void anAttachTheServiceRefusesComesBackAsTypedWithItsSentence() throws Exception {
        streamsAre("[]");
        services.answer("PUT", "/api/sessions/" + KEYNOTE + "/stream",
                Answer.problem(404, "Session " + KEYNOTE + " is not in any released schedule."));

        HttpResponse<String> page = post("console/workshops/w1/streams",
                "session=" + KEYNOTE + "&provider=ZOOM&playbackUrl=https%3A%2F%2Fzoom.example.org%2Fj%2F1&backupUrl=");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("id=\"problem\">Session " + KEYNOTE + " is not in any released schedule.</p>"), page.body());
        assertTrue(page.body().contains("<option value=\"" + KEYNOTE + "\" selected>"), page.body());
        assertTrue(page.body().contains("<option value=\"ZOOM\" selected>"));
        assertTrue(page.body().contains("value=\"https://zoom.example.org/j/1\""));
        assertEquals("{\"provider\":\"ZOOM\",\"playbackUrl\":\"https://zoom.example.org/j/1\"}", services.asked().stream()
                .filter(a -> a.method().equals("PUT")).findFirst().orElseThrow().body());
    }

    @Test
    void goingLiveRedirectsToTheStreamsWithTheSentenceAndAFormWithoutTheTokenIsRefused() throws Exception {
        streamsAre(stream("SCHEDULED"));
        services.answer("POST", "/api/sessions/" + KEYNOTE + "/stream/live", Answer.json("{\"status\":\"LIVE\"}"));

        HttpResponse<String> live = post("console/workshops/w1/streams/" + KEYNOTE + "/live", "");

        assertEquals(303, live.statusCode());
        assertTrue(live.headers().firstValue("Location").orElse("").endsWith("/console/workshops/w1/streams"));
        String flash = live.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal-flash=")).findFirst().orElse("");
        assertTrue(URLDecoder.decode(flash, StandardCharsets.UTF_8).contains("“Opening keynote” is live"), flash);

        HttpResponse<String> forged = http.send(request("console/workshops/w1/streams/" + KEYNOTE + "/end")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertTrue(services.asked().stream().noneMatch(a -> a.target().endsWith("/stream/end")), "nothing reached the service");
    }

    @Test
    void aRecordingAddressTheServiceRefusesStaysBesideItsStream() throws Exception {
        streamsAre(stream("ENDED"));
        services.answer("PUT", "/api/sessions/" + KEYNOTE + "/stream/recording", Answer.problem(400, "recordingUrl must be an http(s) URL"));

        HttpResponse<String> page = post("console/workshops/w1/streams/" + KEYNOTE + "/recording",
                "recordingUrl=ftp%3A%2F%2Frecordings.example.org%2Fk.mp4");

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("id=\"recording-problem\">recordingUrl must be an http(s) URL</p>"), page.body());
        assertTrue(page.body().contains("value=\"ftp://recordings.example.org/k.mp4\""), page.body());
    }

    private static void streamsAre(String json) {
        services.answer("GET", "/api/workshops/w1/streams", Answer.json(json));
        services.answer("GET", "/api/workshops/w1/schedule?tz=Europe%2FVienna", Answer.json("""
                {"workshopId":"w1","version":1,"releasedAt":"2030-11-01T10:00:00Z","timezone":"Europe/Vienna","sessions":[
                 {"id":"%s","workshopId":"w1","title":"Opening keynote","kind":"KEYNOTE","startsAt":"2030-12-07T09:00:00+01:00",
                  "endsAt":"2030-12-07T10:00:00+01:00","day":"2030-12-07","room":"Hall A","speakers":[],"streamed":true,
                  "status":"SCHEDULED"}]}""".formatted(KEYNOTE)));
    }

    private static String stream(String status) {
        return """
                [{"sessionId":"%s","title":"Opening keynote","startsAt":"2030-12-07T08:00:00Z","endsAt":"2030-12-07T09:00:00Z",
                  "status":"%s","joinOpensAt":"2030-12-07T07:45:00Z","viewers":0}]""".formatted(KEYNOTE, status);
    }

    private static String entry(String name, String mode, String status, Integer position) {
        return """
                {"id":"%s","workshopId":"w1","attendeeId":"a","email":"ada@example.org","name":"%s","affiliation":"TU Wien",
                 "mode":"%s","status":"%s","waitlistPosition":%s,"streamAccess":true,"createdAt":"2030-11-02T10:00:00Z"}"""
                .formatted(UUID.randomUUID(), name, mode, status, position);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(portal.resolve(path)).header(SignedInOrganizer.HEADER, "yes")
                .header("Origin", "http://" + portal.getHost() + ":" + portal.getPort());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "portal-csrf=" + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + TOKEN + (form.isEmpty() ? "" : "&" + form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
