package dev.workshops.benchmark;

import dev.workshops.infra.Api;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * operations.md: a schedule release that moves a session starred by 5,000 attendees; every bundled notice sent
 * within 60 s. Timed from the release request to the last schedule-change email accepted by the SMTP server
 * (read from notification-service's delivery table).
 */
public class ReleaseFanOutSimulation extends Simulation {

    static final int STARRING = Integer.getInteger("bench.starring", 5000);

    private final Figures fanOut = new Figures("release to the last notice sent");
    private final Preparation day = Preparation.workshop("Release fan-out", 10);
    private final UUID session = day.session("Scaling laws", "TALK", day.now.plus(1, ChronoUnit.DAYS));
    private final List<Preparation.Attendee> attendees = prepareStars();
    private final Ceilings ceilings = Ceilings.measure();
    private final Figures trivial = new Figures("trivial endpoint");

    {
        ScenarioBuilder release = scenario("schedule release fan-out")
                .exec(session -> session.set("start", System.nanoTime()))
                .exec(http("move the session").put(Stack.SCHEDULE + "/api/sessions/" + session)
                        .header("Authorization", "Bearer " + day.organizer)
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody(moved())).asJson().check(status().is(200)))
                .exec(http("release").post(Stack.SCHEDULE + "/api/workshops/" + day.workshop + "/schedule/releases")
                        .header("Authorization", "Bearer " + day.organizer).body(io.gatling.javaapi.core.CoreDsl.StringBody("{}")).asJson()
                        .check(status().is(201)))
                .exec(asLongAs(s -> sentNotices() < STARRING).on(pause(Duration.ofMillis(200))))
                .exec(s -> {
                    fanOut.record(s.getLong("start"), System.nanoTime());
                    return s;
                });
        setUp(Ceilings.trivialEndpoint(Stack.SCHEDULE, trivial).andThen(release.injectOpen(atOnceUsers(1)))).protocols(http.acceptHeader("application/json"))
                .maxDuration(Duration.ofMinutes(10));
    }

    private String moved() {
        try {
            return Api.JSON.writeValueAsString(Preparation.sessionBody("Scaling laws", "TALK",
                    day.now.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), "Hall B"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Preparation.Attendee> prepareStars() {
        day.release();
        List<Preparation.Attendee> starring = Preparation.attendees("star", STARRING);
        day.registerAll(starring, "VIRTUAL");
        Preparation.inParallel(starring, attendee -> Api.put(Stack.SCHEDULE + "/api/sessions/" + session + "/star",
                attendee.token(), null).expect(204));
        Preparation.eventually("notification-service knows every star", () -> count(
                "SELECT count(*) FROM star_projection WHERE session_id = ?::uuid", session.toString()) == STARRING);
        return starring;
    }

    private int sentNotices() {
        return count("SELECT count(*) FROM delivery WHERE workshop_id = ? AND kind = 'schedule-changed' AND status = 'SENT'", day.workshop);
    }

    private static int count(String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(Stack.jdbcUrl("notification"), "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read notification-service's database", e);
        }
    }

    @Override
    public void after() {
        Results results = new Results("Schedule release fan-out: one session starred by " + STARRING + " attendees, moved and released");
        results.line(ceilings.describe(trivial));
        results.line(fanOut.summary());
        double seconds = fanOut.percentileMillis(100) / 1000;
        results.line(String.format("every bundled notice sent %.1f s after the release request (target <= 60 s): %.0f notices/s",
                seconds, STARRING / Math.max(seconds, 0.001)));
        results.line(Figures.ratio("notices sent/s vs single-row updates/s", STARRING / Math.max(seconds, 0.001), ceilings.postgresUpdatesPerSecond(), "/s"));
        results.check(fanOut.count() == 1, "the release was accepted and every notice went out");
        results.check(sentNotices() == STARRING, "exactly one schedule-change email per starring attendee (" + sentNotices() + ")");
        results.check(attendees.stream().limit(10).allMatch(a -> RegistrationRushSimulation.emailsTo(a.email()) == 2),
                "10 attendees' mailboxes hold their confirmation and one schedule-change notice");
        results.publish();
    }
}
