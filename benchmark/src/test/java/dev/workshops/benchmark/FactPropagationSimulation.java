package dev.workshops.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.workshops.infra.Api;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * operations.md: commit -> broker p99 <= 20 ms and commit -> every consumer's projection p99 <= 50 ms on an idle
 * stack; a person whose registration was answered 201 can join a live stream 100 ms later (p99). People arrive
 * one after another (an idle stack, not a rush), register virtually for a workshop whose keynote is live, wait
 * 100 ms and ask to join it; refused, they ask again when the answer's {@code Retry-After} says (or, without one,
 * every {@code bench.join-retry-ms}), until streaming-service lets them in (it learns of the registration from
 * its fact). The fact's own times come from the services' tables ({@link FactTimes}); the
 * ceiling is the same broker's round trip with a plain client ({@link KafkaRoundTrip}).
 */
public class FactPropagationSimulation extends Simulation {

    static final int PEOPLE = Integer.getInteger("bench.people", 200);
    static final Duration ARRIVING_WITHIN = Duration.ofSeconds(Integer.getInteger("bench.arrival-seconds", 20));
    static final Duration RETRY_EVERY = Duration.ofMillis(Integer.getInteger("bench.join-retry-ms", 100));
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    private static final Duration CONSUMERS_WITHIN = Duration.ofSeconds(60);
    private static final Duration FIRST_TRY_AFTER = Duration.ofMillis(100);
    private static final String PLAYBACK = "https://video.example.org/keynote.m3u8";
    private static final Map<String, String> CONSUMERS = Map.of("streaming-service", "streaming",
            "notification-service", "notification", "schedule-service", "schedule");

    private final Figures firstJoin = new Figures("201 -> first successful join");
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicInteger joinedOnFirstTry = new AtomicInteger();
    private final AtomicInteger joinRequests = new AtomicInteger();
    private final Preparation day = Preparation.workshop("Fact propagation", 10);
    private final UUID keynote = day.session("Keynote", "KEYNOTE", day.now.plus(2, ChronoUnit.MINUTES));
    private final List<Preparation.Attendee> people = prepare();
    private final Figures kafka = KafkaRoundTrip.measure(PEOPLE);

    {
        String join = Stack.STREAMING + "/api/sessions/" + keynote + "/stream/join";
        ScenarioBuilder registerThenJoin = scenario("register, then join the live keynote")
                .feed(listFeeder(people.stream().map(a -> Map.<String, Object>of("token", a.token())).toList()).queue())
                .exec(http("register").post(Stack.REGISTRATION + "/api/workshops/" + day.workshop + "/registrations")
                        .header("Authorization", "Bearer #{token}").body(StringBody("{\"mode\":\"VIRTUAL\"}")).asJson()
                        .check(status().is(201)))
                .exitHereIfFailed()
                .exec(session -> {
                    registered.incrementAndGet();
                    return session.set("registeredAt", System.nanoTime()).set("joined", false).set("tries", 0);
                })
                .pause(FIRST_TRY_AFTER)
                .exec(asLongAs(FactPropagationSimulation::stillTrying).on(
                        // An answer without the header must not reuse the previous answer's.
                        exec(session -> session.remove("retryAfter"))
                        .exec(http("join").post(join).header("Authorization", "Bearer #{token}")
                                .check(status().in(200, 403).saveAs("joinStatus"),
                                        header("Retry-After").optional().saveAs("retryAfter")))
                        .exec(this::afterJoinAttempt)
                        .exec(doIf(session -> !session.getBoolean("joined")).then(pause(FactPropagationSimulation::retryWait)))));
        setUp(registerThenJoin.injectOpen(rampUsers(PEOPLE).during(ARRIVING_WITHIN)))
                .protocols(http.shareConnections().disableFollowRedirect().acceptHeader("application/json"));
    }

    /** As long as the refusal's {@code Retry-After} (in seconds) asks, as a client that follows HTTP does. */
    private static Duration retryWait(Session session) {
        String retryAfter = session.contains("retryAfter") ? session.getString("retryAfter") : null;
        return retryAfter == null || !retryAfter.trim().matches("\\d+") ? RETRY_EVERY : Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
    }

    private static boolean stillTrying(Session session) {
        return !session.isFailed() && !session.getBoolean("joined")
                && System.nanoTime() - session.getLong("registeredAt") < GIVE_UP_AFTER.toNanos();
    }

    private Session afterJoinAttempt(Session session) {
        long now = System.nanoTime();
        int tries = session.getInt("tries") + 1;
        joinRequests.incrementAndGet();
        boolean joined = session.getInt("joinStatus") == 200;
        if (joined) {
            firstJoin.record(session.getLong("registeredAt"), now);
            if (tries == 1) {
                joinedOnFirstTry.incrementAndGet();
            }
        }
        return session.set("joined", joined).set("tries", tries);
    }

    private List<Preparation.Attendee> prepare() {
        day.release();
        Preparation.eventually("streaming-service knows the keynote", () -> Api.put(Stack.STREAMING + "/api/sessions/" + keynote + "/stream",
                day.organizer, Map.of("provider", "HLS", "playbackUrl", PLAYBACK)).status() == 200);
        Api.post(Stack.STREAMING + "/api/sessions/" + keynote + "/stream/live", day.organizer, null).expect(200);
        return Preparation.attendees("fact", PEOPLE);
    }

    @Override
    public void after() {
        Results results = new Results("Fact propagation: " + PEOPLE + " people register virtually within " + ARRIVING_WITHIN.toSeconds()
                + " s and join the live keynote " + FIRST_TRY_AFTER.toMillis() + " ms after their 201 (refused: again after Retry-After, else every "
                + RETRY_EVERY.toMillis() + " ms)");
        results.line(kafka.delays() + "   <- the ceiling");
        List<FactTimes.Published> facts = FactTimes.registrationFacts(day.workshop);
        boolean allSent = facts.size() == PEOPLE && facts.stream().allMatch(fact -> fact.sentAt() != null);
        Figures toBroker = new Figures("commit -> broker (outbox sent_at)");
        facts.stream().filter(fact -> fact.sentAt() != null).forEach(fact -> FactTimes.record(toBroker, fact.committedAt(), fact.sentAt()));
        results.line(toBroker.delays() + "   target p99 <= 20 ms");
        Map<String, Map<UUID, Instant>> applied = appliedByEveryConsumer(facts);
        applied.forEach((consumer, times) -> {
            Figures toProjection = new Figures("commit -> " + consumer);
            facts.stream().filter(fact -> times.containsKey(fact.eventId()))
                    .forEach(fact -> FactTimes.record(toProjection, fact.committedAt(), times.get(fact.eventId())));
            results.line(toProjection.delays() + "   target p99 <= 50 ms");
        });
        results.line(firstJoin.delays() + "   asked " + FIRST_TRY_AFTER.toMillis() + " ms after the 201: the target is the line below");
        results.line(String.format(Locale.ROOT, "joined on the first try, %d ms after the 201: %d of %d (%.1f %%; target >= 99 %%)",
                FIRST_TRY_AFTER.toMillis(), joinedOnFirstTry.get(), PEOPLE, 100.0 * joinedOnFirstTry.get() / PEOPLE));
        results.line("join requests in all: " + joinRequests.get() + " for " + PEOPLE + " people");

        results.check(registered.get() == PEOPLE, "every registration answered 201 (" + registered.get() + "/" + PEOPLE + ")");
        results.check(firstJoin.count() == PEOPLE, "every person joined within " + GIVE_UP_AFTER.toSeconds() + " s of their 201 ("
                + firstJoin.count() + "/" + PEOPLE + ")");
        results.check(allSent, "one registration fact per person, every one sent (" + facts.size() + " recorded)");
        applied.forEach((consumer, times) -> results.check(times.size() == facts.size(), consumer + " applied every fact within "
                + CONSUMERS_WITHIN.toSeconds() + " s (" + times.size() + "/" + facts.size() + ")"));
        results.check(day.stats().path("virtual").path("confirmed").asInt() == PEOPLE, "every person CONFIRMED virtually");
        results.publish();
    }

    /** Each consumer's apply times, once every fact is applied everywhere (or the deadline passed: then what there is). */
    private static Map<String, Map<UUID, Instant>> appliedByEveryConsumer(List<FactTimes.Published> facts) {
        try {
            Preparation.eventually("every consumer applied every registration fact", CONSUMERS_WITHIN, () -> CONSUMERS.values().stream()
                    .allMatch(database -> FactTimes.applied(database, facts).size() == facts.size()));
        } catch (IllegalStateException notAll) {
            // Reported by the checks below.
        }
        Map<String, Map<UUID, Instant>> applied = new java.util.TreeMap<>();
        CONSUMERS.forEach((consumer, database) -> applied.put(consumer, FactTimes.applied(database, facts)));
        return applied;
    }
}
