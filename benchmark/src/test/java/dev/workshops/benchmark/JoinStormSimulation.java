package dev.workshops.benchmark;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.workshops.infra.Api;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * operations.md: 5,000 join requests and redirects at a keynote's start: >= 5,000 joins/s, p99 <= 20 ms. Each
 * virtual attendee asks for a personal link (POST with a bearer token) and follows it (302 to the playback URL).
 */
public class JoinStormSimulation extends Simulation {

    static final int VIEWERS = Integer.getInteger("bench.viewers", 5000);
    static final Duration ARRIVING_WITHIN = Duration.ofSeconds(Integer.getInteger("bench.storm-seconds", 1));
    private static final String PLAYBACK = "https://video.example.org/keynote.m3u8";

    private final Figures joins = new Figures("join + redirect");
    private final Preparation day = Preparation.workshop("Join storm", 10);
    private final UUID keynote = day.session("Keynote", "KEYNOTE", day.now.plus(2, ChronoUnit.MINUTES));
    private final List<Preparation.Attendee> viewers = prepareViewers();
    private final Ceilings ceilings = Ceilings.measure();
    private final Figures trivial = new Figures("trivial endpoint");

    {
        ScenarioBuilder storm = scenario("join storm")
                .feed(listFeeder(viewers.stream().map(a -> Map.<String, Object>of("token", a.token())).toList()).queue())
                .exec(session -> session.set("start", System.nanoTime()))
                .exec(http("join").post(Stack.STREAMING + "/api/sessions/" + keynote + "/stream/join")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jsonPath("$.watchUrl").saveAs("watchUrl")))
                .exec(http("follow the link").get("#{watchUrl}")
                        .check(status().is(302), header("Location").is(PLAYBACK)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        joins.record(session.getLong("start"), System.nanoTime());
                    }
                    return session;
                });
        setUp(Ceilings.trivialEndpoint(Stack.STREAMING, trivial).andThen(storm.injectOpen(rampUsers(VIEWERS).during(ARRIVING_WITHIN))))
                .protocols(http.shareConnections().disableFollowRedirect().acceptHeader("application/json"));
    }

    private List<Preparation.Attendee> prepareViewers() {
        day.release();
        Preparation.eventually("streaming-service knows the keynote", () -> Api.put(Stack.STREAMING + "/api/sessions/" + keynote + "/stream",
                day.organizer, Map.of("provider", "HLS", "playbackUrl", PLAYBACK)).status() == 200);
        Api.post(Stack.STREAMING + "/api/sessions/" + keynote + "/stream/live", day.organizer, null).expect(200);
        List<Preparation.Attendee> attendees = Preparation.attendees("viewer", VIEWERS);
        day.registerAll(attendees, "VIRTUAL");
        // streaming-service learns of registrations from Kafka: wait until it knows the last one.
        Preparation.eventually("streaming-service knows every viewer", () -> Api.post(Stack.STREAMING + "/api/sessions/" + keynote
                + "/stream/join", attendees.getLast().token(), null).status() == 200);
        return attendees;
    }

    @Override
    public void after() {
        Results results = new Results("Join storm: " + VIEWERS + " virtual attendees joining within " + ARRIVING_WITHIN.toSeconds() + " s");
        results.line(ceilings.describe(trivial));
        results.line(joins.summary());
        results.line(Figures.ratio("joins (with redirect)/s (target >= 5,000)", joins.perSecond(), trivial.perSecond(), "/s"));
        results.line(Figures.ratio("HTTP requests/s in the storm", 2 * joins.perSecond(), trivial.perSecond(), "/s"));
        results.line(String.format("p99 %.1f ms (target <= 20 ms)", joins.percentileMillis(99)));
        results.check(joins.count() == VIEWERS, "every viewer got a link and was redirected to the playback URL (" + joins.count() + "/" + VIEWERS + ")");
        results.publish();
    }
}
