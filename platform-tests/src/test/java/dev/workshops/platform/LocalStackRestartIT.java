package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.PlatformService;
import dev.workshops.infra.Ports;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The local stack as {@code deploy/local/stack up} starts it (the script itself, on free ports and a run directory
 * of its own under target/), stopped with {@code stack down} and started again: what people gave it is all there.
 */
class LocalStackRestartIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration UP = Duration.ofMinutes(12);
    private static final Duration DOWN = Duration.ofMinutes(4);
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    /** Where `--replicas` puts a service's second process: its port + 1000. */
    private static final int REPLICA_PORT_STEP = 1000;
    private static final String DEMO = "scientific-reasoning-2026";

    private final Path runDir = newRunDir();
    private final Map<String, String> environment = stackEnvironment(runDir);

    @AfterEach
    void stopTheStack() {
        stack("down", DOWN);
    }

    @Test
    void keepsRegistrationsSchedulesOutboxAndUsersAcrossARestart() throws SQLException {
        String first = stack("up", UP);
        assertTrue(first.contains("Keeping the data in " + runDir.resolve("data")), first);
        assertEquals("on", setting("fsync"));
        assertEquals("on", setting("synchronous_commit"));

        String organizer = Tokens.freshAccessToken(issuer(), "olivia", "olivia", Tokens.CLI_CLIENT);
        String workshop = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        createWorkshop(organizer, workshop, now);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", "Opening keynote");
        session.put("kind", "KEYNOTE");
        session.put("startsAt", now.plus(1, ChronoUnit.DAYS).toString());
        session.put("endsAt", now.plus(1, ChronoUnit.DAYS).plus(45, ChronoUnit.MINUTES).toString());
        session.put("room", "Hall A");
        Api.post(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + workshop + "/sessions"), organizer, session).expect(201);
        JsonNode released = Api.post(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + workshop + "/schedule/releases"), organizer,
                Map.of("comment", "before the restart")).expect(201);

        // A person created at run time (not one of the realm file's), so only a kept Keycloak database knows her.
        String attendee = KeycloakUsers.createAttendees(issuer(), "kept-" + System.nanoTime(), 1).getFirst();
        String attendeeToken = Tokens.freshAccessToken(issuer(), attendee, attendee, Tokens.CLI_CLIENT);
        String registrations = url(ServiceCatalogue.REGISTRATION, "/api/workshops/" + workshop + "/registrations");
        JsonNode registered = Api.post(registrations, attendeeToken, Map.of("mode", "IN_PERSON")).expect(201);
        assertEquals("CONFIRMED", registered.path("status").asText());
        String ticket = Api.get(registrations + "/me", attendeeToken).expect(200).path("ticketCode").asText();
        assertFalse(ticket.isBlank(), "a confirmed registration has a ticket");
        JsonNode schedule = Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + workshop + "/schedule"), null).expect(200);
        Awaitility.await("every outbox row published before the stop").atMost(EVENTUALLY)
                .until(() -> unsent("registration") == 0 && unsent("schedule") == 0);
        Map<String, String> registrationOutbox = outbox("registration");
        Map<String, String> scheduleOutbox = outbox("schedule");
        assertFalse(registrationOutbox.isEmpty());
        assertFalse(scheduleOutbox.isEmpty());

        stack("down", DOWN);
        // Started again with a second replica of each service, on the same data.
        String second = stack("up --demo --replicas 2", UP);
        assertTrue(second.contains("Going on with the data kept in " + runDir.resolve("data")), second);
        assertTrue(second.contains("Not seeding the demo"), second);
        assertEquals(404, Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + DEMO), null).status(),
                "the demo is seeded into an empty stack only");
        assertEquals("on", setting("fsync"));

        // The token issued before the restart is still good (Keycloak kept its signing keys), and so is her password.
        JsonNode mine = Api.get(registrations + "/me", attendeeToken).expect(200);
        assertEquals(registered.path("id").asText(), mine.path("id").asText());
        assertEquals("CONFIRMED", mine.path("status").asText());
        String again = Tokens.freshAccessToken(issuer(), attendee, attendee, Tokens.CLI_CLIENT);
        assertEquals(Tokens.subjectOf(attendeeToken), Tokens.subjectOf(again));
        assertEquals(schedule, Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + workshop + "/schedule"), null).expect(200));
        assertEquals(released.path("version").asInt(), schedule.path("version").asInt());
        // Each outbox row is still there, and still sent once: the restart published nothing again.
        Map<String, String> registrationOutboxAfter = outbox("registration");
        Map<String, String> scheduleOutboxAfter = outbox("schedule");
        registrationOutbox.forEach((event, sentAt) -> assertEquals(sentAt, registrationOutboxAfter.get(event), "registration outbox " + event));
        scheduleOutbox.forEach((event, sentAt) -> assertEquals(sentAt, scheduleOutboxAfter.get(event), "schedule outbox " + event));
        // The ticket was signed with the key of the first up: the stack kept it.
        String staff = Tokens.freshAccessToken(issuer(), "stan", "stan", Tokens.CLI_CLIENT);
        Api.post(url(ServiceCatalogue.REGISTRATION, "/api/workshops/" + workshop + "/check-ins"), staff, Map.of("ticketCode", ticket))
                .expect(200);

        for (PlatformService service : List.of(ServiceCatalogue.SCHEDULE, ServiceCatalogue.REGISTRATION, ServiceCatalogue.NOTIFICATION,
                ServiceCatalogue.STREAMING, ServiceCatalogue.SUBMISSIONS)) {
            assertTrue(second.contains(service.name() + "-2 is ready"), second);
            assertEquals(200, Api.get(secondReplicaUrl(service, "/q/health/ready"), null).status(), service.name() + "-2");
        }
        JsonNode mineOnTheSecondReplica = Api.get(secondReplicaUrl(ServiceCatalogue.REGISTRATION,
                "/api/workshops/" + workshop + "/registrations/me"), attendeeToken).expect(200);
        assertEquals(registered.path("id").asText(), mineOnTheSecondReplica.path("id").asText());
        assertTrue(mineOnTheSecondReplica.hasNonNull("checkedInAt"), "the check-in made on the first replica: " + mineOnTheSecondReplica);
    }

    @Test
    void theDemoIsAWorkshopANewcomerCanExplore() {
        String printed = stack("up --demo", UP);
        assertTrue(printed.contains("Seeding the demo workshop"), printed);
        assertTrue(printed.contains("people (password = username)"), printed);

        JsonNode workshop = Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + DEMO), null).expect(200);
        assertTrue(workshop.path("title").asText().startsWith("Scientific Reasoning at the Frontier"), workshop.toString());
        Set<String> kinds = new HashSet<>();
        Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + DEMO + "/schedule"), null).expect(200).path("sessions")
                .forEach(session -> kinds.add(session.path("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("KEYNOTE", "TALK", "PANEL", "POSTER", "BREAK")), kinds.toString());
        JsonNode site = Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + DEMO + "/site"), null).expect(200);
        assertFalse(site.path("sponsors").isEmpty(), site.toString());

        // Every in-person seat is taken or offered, and people wait: the roster and the waitlist have something to show.
        String organizer = Tokens.freshAccessToken(issuer(), "olivia", "olivia", Tokens.CLI_CLIENT);
        JsonNode stats = Api.get(url(ServiceCatalogue.REGISTRATION, "/api/workshops/" + DEMO + "/registrations/stats"), organizer)
                .expect(200);
        JsonNode inPerson = stats.path("inPerson");
        assertEquals(11, inPerson.path("confirmed").asInt(), inPerson.toString());
        assertEquals(1, inPerson.path("offered").asInt(), "the cancelled seat is offered to the first on the waitlist: " + inPerson);
        assertEquals(1, inPerson.path("waitlisted").asInt(), inPerson.toString());
        assertEquals(5, stats.path("virtual").path("confirmed").asInt(), stats.toString());

        String attendee = Tokens.freshAccessToken(issuer(), "ada", "ada", Tokens.CLI_CLIENT);
        JsonNode slots = Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + DEMO + "/mentoring/slots"), attendee).expect(200);
        assertEquals(3, slots.size(), slots.toString());
        JsonNode bookings = Api.get(url(ServiceCatalogue.SCHEDULE, "/api/workshops/" + DEMO + "/mentoring/bookings/me"), attendee)
                .expect(200);
        assertEquals(1, bookings.size(), bookings.toString());
        assertEquals("Planning your first benchmark", bookings.get(0).path("slot").path("topic").asText(), bookings.toString());
        JsonNode streams = Api.get(url(ServiceCatalogue.STREAMING, "/api/workshops/" + DEMO + "/streams"), organizer).expect(200);
        assertEquals(1, streams.size(), streams.toString());
        assertEquals("LIVE", streams.get(0).path("status").asText(), streams.toString());
        assertTrue(streams.get(0).path("title").asText().startsWith("Keynote"), streams.toString());
        // The public site, as an anonymous visitor sees it in Chromium: no sign-in, no console error, the audit passes.
        String portal = "http://localhost:" + environment.get(ServiceCatalogue.PORTAL.portVariable());
        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(portal + "/");
            browser.portalPage("demo-00-workshops");
            browser.audit("demo-00-workshops");
            browser.clickAndWait(By.cssSelector(".card h3 a[href='/workshops/" + DEMO + "']"));
            assertEquals(portal + "/workshops/" + DEMO, browser.driver.getCurrentUrl(), "no sign-in on the way");
            assertTrue(browser.text(By.tagName("h1")).startsWith("Scientific Reasoning at the Frontier"));
            assertTrue(browser.text(By.id("keynote")).contains("Amara Okafor"), browser.text(By.id("keynote")));
            assertTrue(browser.text(By.id("panelist")).contains("Sofía Herrera"), browser.text(By.id("panelist")));
            assertTrue(browser.text(By.id("organizers")).contains("Jonas Keller"), browser.text(By.id("organizers")));
            assertTrue(browser.text(By.id("schedule")).contains("Panel: Should a model be a co-author?"), browser.text(By.id("schedule")));
            browser.portalPage("demo-01-home");
            browser.audit("demo-01-home");
        }
    }

    private String secondReplicaUrl(PlatformService service, String path) {
        return "http://127.0.0.1:" + (Integer.parseInt(environment.get(service.portVariable())) + REPLICA_PORT_STEP) + path;
    }

    private void createWorkshop(String organizer, String workshop, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", workshop);
        body.put("title", "A workshop that outlives a restart");
        body.put("timezone", "Europe/Vienna");
        body.put("venue", "TU Wien");
        body.put("startsAt", now.minus(1, ChronoUnit.HOURS).toString());
        body.put("endsAt", now.plus(2, ChronoUnit.DAYS).toString());
        Api.post(url(ServiceCatalogue.SCHEDULE, "/api/workshops"), organizer, body).expect(201);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("inPersonCapacity", 10);
        policy.put("opensAt", now.minus(1, ChronoUnit.DAYS).toString());
        policy.put("closesAt", now.plus(2, ChronoUnit.DAYS).toString());
        String url = url(ServiceCatalogue.REGISTRATION, "/api/workshops/" + workshop + "/registration-policy");
        // registration-service learns of the workshop from the `workshops` topic: 404 until then.
        Awaitility.await("registration-service knows " + workshop).atMost(EVENTUALLY)
                .until(() -> Api.put(url, organizer, policy).status() == 200);
    }

    /** Runs {@code deploy/local/stack <command>} as a person would, and answers what it printed. */
    private String stack(String command, Duration timeout) {
        Path output = runDir.resolve("stack-" + command.replace(' ', '_') + "-" + System.nanoTime() + ".out");
        List<String> line = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/stack").toString()));
        line.addAll(List.of(command.split(" ")));
        ProcessBuilder builder = new ProcessBuilder(line).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("stack " + command + " did not end within " + timeout + ":\n" + Files.readString(output));
            }
            String printed = Files.readString(output);
            assertEquals(0, process.exitValue(), "stack " + command + ":\n" + printed);
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String issuer() {
        return "http://localhost:" + environment.get("WORKSHOP_KEYCLOAK_PORT") + "/realms/workshop";
    }

    private String url(PlatformService service, String path) {
        return "http://127.0.0.1:" + environment.get(service.portVariable()) + path;
    }

    private Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + environment.get("WORKSHOP_POSTGRES_PORT") + "/" + name,
                "postgres", "postgres");
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = database("registration"); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private long unsent(String database) throws SQLException {
        try (Connection connection = database(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Each outbox row's event id and when it was sent. */
    private Map<String, String> outbox(String database) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection connection = database(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT event_id::text, sent_at::text FROM outbox_event ORDER BY id")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    private static Path newRunDir() {
        try {
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            return Files.createTempDirectory(target, "local-stack-restart-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's environment with the stack moved to {@code runDir} and every port free, no external database,
     * and no signing keys given (the stack chooses and keeps its own); the JDK is this JVM's.
     */
    private static Map<String, String> stackEnvironment(Path runDir) {
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.keySet().removeIf(variable -> variable.startsWith("WORKSHOP_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("WORKSHOP_STACK_DIR", runDir.toString());
        List<String> portVariables = new ArrayList<>(List.of("WORKSHOP_POSTGRES_PORT", "WORKSHOP_KAFKA_PORT", "WORKSHOP_KEYCLOAK_PORT",
                "WORKSHOP_KEYCLOAK_MANAGEMENT_PORT", "WORKSHOP_SMTP_PORT", "WORKSHOP_SMTP_API_PORT", "WORKSHOP_PROMETHEUS_PORT"));
        ServiceCatalogue.PLATFORM.services().forEach(service -> portVariables.add(service.portVariable()));
        Set<Integer> taken = new HashSet<>();
        for (String variable : portVariables) {
            int port = Ports.free();
            // A service's second replica takes its port + 1000: both must be free.
            while (!taken.add(port) || port + REPLICA_PORT_STEP > 65535 || Ports.inUse(port + REPLICA_PORT_STEP)
                    || !taken.add(port + REPLICA_PORT_STEP)) {
                port = Ports.free();
            }
            environment.put(variable, String.valueOf(port));
        }
        if (!Files.exists(ROOT.resolve("local-stack/target/launcher.classpath"))) {
            // The script would build the project itself: not inside a build.
            throw new IllegalStateException("local-stack is not packaged; build with -am so local-stack is packaged first");
        }
        return environment;
    }
}
