package dev.workshops.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * operations.md: 5,000 attendees try to register for 300 in-person seats within seconds. Exactly 300 CONFIRMED,
 * the rest WAITLISTED in arrival order, no errors, >= 1,000 registrations/s, p99 <= 100 ms; every one gets exactly
 * one email, the last within 30 s.
 */
public class RegistrationRushSimulation extends Simulation {

    static final int ATTENDEES = Integer.getInteger("bench.attendees", 5000);
    static final int SEATS = Integer.getInteger("bench.seats", 300);
    static final Duration ARRIVING_WITHIN = Duration.ofSeconds(Integer.getInteger("bench.rush-seconds", 5));

    private final Figures registrations = new Figures("registrations");
    private final Preparation day = Preparation.workshop("Registration rush", SEATS);
    private final List<Preparation.Attendee> attendees = Preparation.attendees("rush", ATTENDEES);
    private final Ceilings ceilings = Ceilings.measure();
    private final Figures trivial = new Figures("trivial endpoint");
    private volatile double cpuBefore;
    private volatile double cpuAfter;

    {
        ScenarioBuilder rush = scenario("registration rush")
                .feed(listFeeder(attendees.stream().map(a -> Map.<String, Object>of("token", a.token())).toList()).queue())
                .exec(session -> session.set("start", System.nanoTime()))
                .exec(http("register").post(Stack.REGISTRATION + "/api/workshops/" + day.workshop + "/registrations")
                        .header("Authorization", "Bearer #{token}").body(StringBody("{\"mode\":\"IN_PERSON\"}")).asJson()
                        .check(status().is(201)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        registrations.record(session.getLong("start"), System.nanoTime());
                    }
                    return session;
                });
        setUp(Ceilings.trivialEndpoint(Stack.REGISTRATION, trivial).andThen(readCpu("before the rush", cpu -> cpuBefore = cpu))
                .andThen(rush.injectOpen(rampUsers(ATTENDEES).during(ARRIVING_WITHIN)))
                .andThen(readCpu("after the rush", cpu -> cpuAfter = cpu)))
                .protocols(http.shareConnections().acceptHeader("application/json"));
    }

    /** registration-service's CPU seconds so far, read by one user between the timed part and what surrounds it. */
    private static PopulationBuilder readCpu(String when, DoubleConsumer into) {
        return scenario("registration-service CPU " + when).exec(session -> {
            double cpu = ServiceCpu.seconds(Stack.REGISTRATION);
            // Printed at once, so that a profiler can be started and stopped on it (docs/benchmarks.md).
            System.out.printf(Locale.ROOT, "registration-service CPU %s: %.2f s%n", when, cpu);
            into.accept(cpu);
            return session;
        }).injectOpen(atOnceUsers(1));
    }

    @Override
    public void after() {
        // The emails are timed from the end of the rush: first thing.
        Duration lastEmail = untilAllSent(Duration.ofSeconds(120));
        Results results = new Results("Registration rush: " + ATTENDEES + " attendees, " + SEATS + " seats, arriving within "
                + ARRIVING_WITHIN.toSeconds() + " s");
        results.line(ceilings.describe(trivial));
        results.line(registrations.summary());
        results.line(Figures.ratio("registrations/s (target >= 1,000)", registrations.perSecond(), trivial.perSecond(), "/s"));
        results.line(Figures.ratio("registrations/s vs single-row updates/s", registrations.perSecond(), ceilings.postgresUpdatesPerSecond(), "/s"));
        results.line(String.format("p99 %.1f ms (target <= 100 ms)", registrations.percentileMillis(99)));
        results.line(String.format(Locale.ROOT, "registration-service CPU: %.2f ms per registration request (%.1f s over %d; target <= 0.6 ms)",
                1000 * (cpuAfter - cpuBefore) / ATTENDEES, cpuAfter - cpuBefore, ATTENDEES));

        results.check(registrations.count() == ATTENDEES, "every registration answered 201 (" + registrations.count() + "/" + ATTENDEES + ")");
        JsonNode inPerson = day.stats().path("inPerson");
        results.check(inPerson.path("confirmed").asInt() == SEATS, "exactly " + SEATS + " CONFIRMED (" + inPerson.path("confirmed") + ")");
        results.check(inPerson.path("waitlisted").asInt() == ATTENDEES - SEATS,
                "the rest WAITLISTED (" + inPerson.path("waitlisted") + ")");
        results.check(waitlistInArrivalOrder(), "waitlist positions 1..n follow the order registrations were taken (createdAt)");

        results.check(lastEmail != null, "every attendee's email SENT (delivery log)");
        if (lastEmail != null) {
            results.line("last email accepted by SMTP " + lastEmail.toMillis() / 1000.0 + " s after the rush ended (target <= 30 s)");
        }
        results.check(deliveries("PENDING") == 0 && deliveries("FAILED") == 0, "no delivery PENDING or FAILED");
        results.check(attendees.stream().limit(25).allMatch(a -> emailsTo(a.email()) == 1), "25 attendees' mailboxes hold exactly one email each");
        results.publish();
    }

    private boolean waitlistInArrivalOrder() {
        int expectedPosition = 1;
        String previousCreatedAt = "";
        for (int page = 0; ; page++) {
            JsonNode list = Api.get(Stack.REGISTRATION + "/api/workshops/" + day.workshop + "/registrations?status=WAITLISTED&size=500&page=" + page,
                    day.organizer).expect(200);
            if (list.path("items").isEmpty()) {
                return expectedPosition - 1 == ATTENDEES - SEATS;
            }
            for (JsonNode registration : list.path("items")) {
                String createdAt = registration.path("createdAt").asText();
                if (registration.path("waitlistPosition").asInt() != expectedPosition++
                        || Instant.parse(createdAt).isBefore(previousCreatedAt.isEmpty() ? Instant.MIN : Instant.parse(previousCreatedAt))) {
                    return false;
                }
                previousCreatedAt = createdAt;
            }
        }
    }

    private Duration untilAllSent(Duration timeout) {
        long start = System.nanoTime();
        try {
            Preparation.eventually("all emails sent", timeout, () -> deliveries("SENT") >= ATTENDEES);
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (IllegalStateException notAll) {
            return null;
        }
    }

    private int deliveries(String status) {
        return Api.get(Stack.NOTIFICATION + "/api/notifications/deliveries?size=1&workshopId=" + day.workshop + "&status=" + status,
                day.organizer).expect(200).path("total").asInt();
    }

    /** Emails in the mailbox; the sink answers 400 for an address that never received one. */
    static int emailsTo(String email) {
        Api.Answer mailbox = Api.get(Stack.SMTP_API + "/api/user/" + email + "/messages/", null);
        return mailbox.status() == 400 ? 0 : mailbox.expect(200).size();
    }
}
