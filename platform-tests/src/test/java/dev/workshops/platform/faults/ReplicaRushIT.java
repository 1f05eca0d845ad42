package dev.workshops.platform.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.TestEvents;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * issue 21, "N replicas, proven": a registration rush of 1,000 people for 100 seats spread over two
 * registration-service replicas, with two notification-service and two streaming-service replicas on the same
 * databases and broker. Exactly 100 CONFIRMED; every person told exactly once; offers expire once; the day-before
 * reminder once per person; every outbox row published once; live viewers summed over the replicas.
 */
class ReplicaRushIT {

    private static final int PEOPLE = 1000;
    private static final int SEATS = 100;
    private static final int CANCELLING = 3;
    private static final int VIEWERS = 60;
    /** Long enough for the test to accept the second round of offers, short enough to watch the first expire. */
    private static final Duration OFFER_WINDOW = Duration.ofSeconds(20);

    @Test
    void twoReplicasOfEachServiceShareARushWithoutLosingOrDoublingAnything() {
        long began = System.nanoTime();
        ReplicatedPlatform platform = ReplicatedPlatform.get();
        List<Rush.Person> people = Rush.crowd(platform, PEOPLE);
        Rush rush = new Rush(platform, "Replica rush", SEATS, OFFER_WINDOW);
        Map<String, Rush.Person> byEmail = people.stream().collect(Collectors.toMap(Rush.Person::email, Function.identity()));
        report("set-up (platform, " + PEOPLE + " attendees with tokens, workshop)", began);

        // The rush, every other request on the other replica.
        long rushStart = System.nanoTime();
        List<Rush.Answer> answers = rush.start(people).join();
        Duration rushTook = Duration.ofNanos(System.nanoTime() - rushStart);
        long created = answers.stream().filter(Rush.Answer::created).count();
        Map<Integer, Long> perReplica = answers.stream().collect(Collectors.groupingBy(Rush.Answer::replica, Collectors.counting()));
        Map<String, Long> byStatus = answers.stream().collect(Collectors.groupingBy(a -> a.status() + " " + a.registrationStatus(), Collectors.counting()));
        System.out.printf("rush: %d requests in %d ms (%.0f/s), per replica %s, answers %s, %s%n", answers.size(), rushTook.toMillis(),
                answers.size() * 1000.0 / Math.max(1, rushTook.toMillis()), perReplica, byStatus, Rush.latencies(answers));
        assertEquals(PEOPLE, created, "every registration answered 201: " + byStatus);
        assertEquals(SEATS, answers.stream().filter(a -> "CONFIRMED".equals(a.registrationStatus())).count(), "exactly " + SEATS + " CONFIRMED answers");
        assertEquals(PEOPLE - SEATS, answers.stream().filter(a -> "WAITLISTED".equals(a.registrationStatus())).count(), "the rest WAITLISTED");
        JsonNode stats = rush.stats().path("inPerson");
        assertEquals(SEATS, stats.path("confirmed").asInt(), "stats: " + stats);
        assertEquals(PEOPLE - SEATS, stats.path("waitlisted").asInt(), "stats: " + stats);
        assertEquals(rush.seatHoldingRows(), rush.seatsTaken(), "the seat counter agrees with the rows");

        // Everyone is told once, and the confirmed get the day-before reminder once (two notification replicas sweep).
        List<Rush.Person> confirmed = answers.stream().filter(a -> "CONFIRMED".equals(a.registrationStatus())).map(Rush.Answer::person).toList();
        List<Rush.Person> waitlisted = answers.stream().filter(a -> "WAITLISTED".equals(a.registrationStatus())).map(Rush.Answer::person).toList();
        long mailStart = System.nanoTime();
        Awaitility.await("every person's registration email and the confirmed people's reminders").atMost(Rush.EVENTUALLY)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Map<String, List<String>> subjects = rush.subjectsByEmail();
                    return subjects.size() == PEOPLE && confirmed.stream().allMatch(p -> subjects.get(p.email()).contains(rush.reminderSubject()));
                });
        report("all " + PEOPLE + " registration emails and " + SEATS + " reminders received", mailStart);

        // Offers: three seat holders cancel; the three at the head of the waitlist are offered a seat and let it expire;
        // the next three are offered theirs and take it.
        List<Rush.Person> cancelling = confirmed.subList(0, CANCELLING);
        for (int i = 0; i < CANCELLING; i++) {
            Api.delete(rush.registration(i % 2, "/api/workshops/" + rush.id + "/registrations/me"), cancelling.get(i).token()).expect(200);
        }
        long offersStart = System.nanoTime();
        Set<String> firstOffered = awaitOffered(rush, Set.of());
        Set<String> secondOffered = awaitOffered(rush, firstOffered);
        report("first offers expired, second ones open", offersStart);
        int replica = 0;
        for (String email : secondOffered) {
            Api.post(rush.registration(replica++ % 2, "/api/workshops/" + rush.id + "/registrations/me/offer/accept"), byEmail.get(email).token(), null)
                    .expect(200);
        }
        for (String email : firstOffered) {
            JsonNode mine = rush.mine(byEmail.get(email));
            assertEquals("VIRTUAL", mine.path("mode").asText(), "an expired offer moves its person online: " + mine);
        }
        stats = rush.stats().path("inPerson");
        assertEquals(SEATS, stats.path("confirmed").asInt(), "the seats all taken again: " + stats);
        assertEquals(0, stats.path("offered").asInt(), "no offer left open: " + stats);
        assertEquals(rush.seatHoldingRows(), rush.seatsTaken(), "the seat counter agrees with the rows");

        // Every outbox row on the topic exactly once.
        Awaitility.await("registration-service's outbox is empty").atMost(Rush.EVENTUALLY).until(() -> rush.unsentOutboxRows() == 0);
        List<String> published = rush.publishedEventIds();
        long rows = rush.outboxRows();
        System.out.printf("outbox: %d rows, %d records on %s, %d distinct ce_id%n", rows, published.size(), Rush.REGISTRATION_TOPIC,
                new HashSet<>(published).size());
        assertEquals(rows, new HashSet<>(published).size(), "every outbox row published");
        assertEquals(published.size(), new HashSet<>(published).size(), "no row published twice");
        long expired = TestEvents.readAll(platform.kafka.bootstrapServers(), Rush.REGISTRATION_TOPIC).stream()
                .filter(record -> record.key().startsWith(rush.id + "/") && record.value().contains("\"OFFER_EXPIRED\"")).count();
        assertEquals(CANCELLING, expired, "each of the " + CANCELLING + " unanswered offers expired once");

        // What every person was told, exactly.
        Map<String, List<String>> expected = new LinkedHashMap<>();
        confirmed.forEach(p -> expected.put(p.email(), new ArrayList<>(List.of(rush.confirmedSubject(), rush.reminderSubject()))));
        waitlisted.forEach(p -> expected.put(p.email(), new ArrayList<>(List.of(rush.waitlistedSubject()))));
        cancelling.forEach(p -> expected.get(p.email()).add(rush.cancelledSubject()));
        firstOffered.forEach(email -> expected.get(email).addAll(List.of(rush.offeredSubject(), rush.movedOnlineSubject(), rush.reminderSubject())));
        secondOffered.forEach(email -> expected.get(email).addAll(List.of(rush.offeredSubject(), rush.confirmedSubject(), rush.reminderSubject())));
        expected.values().forEach(list -> list.sort(null));
        long expectedTotal = expected.values().stream().mapToLong(List::size).sum();
        Awaitility.await("every email of the offers and reminders").atMost(Rush.EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> rush.subjectsByEmail().values().stream().mapToLong(List::size).sum() >= expectedTotal);
        Awaitility.await("notification-service settled").atMost(Rush.EVENTUALLY).until(rush::notificationsSettled);
        Map<String, List<String>> told = rush.subjectsByEmail();
        told.values().forEach(list -> list.sort(null));
        List<String> wrong = expected.entrySet().stream().filter(e -> !e.getValue().equals(told.get(e.getKey())))
                .map(e -> e.getKey() + " expected " + e.getValue() + " got " + told.get(e.getKey())).limit(10).toList();
        System.out.printf("emails: %d for this workshop to %d people, as expected: %s%n", told.values().stream().mapToLong(List::size).sum(),
                told.size(), wrong.isEmpty());
        assertEquals(List.of(), wrong, "each person told exactly what happened, once");

        // Live viewers spread over both streaming replicas: the gauges exist at 0 on both once live, and sum to N.
        String playback = "https://video.example.org/live/" + rush.talk + ".m3u8";
        Awaitility.await("streaming-service knows the session").atMost(Rush.EVENTUALLY).until(() -> Api.put(
                streaming(platform, 0, "/api/sessions/" + rush.talk + "/stream"), rush.organizer, Map.of("provider", "HLS", "playbackUrl", playback))
                .status() == 200);
        Api.post(streaming(platform, 1, "/api/sessions/" + rush.talk + "/stream/live"), rush.organizer, null).expect(200);
        long liveAt = System.nanoTime();
        for (int r = 0; r < 2; r++) {
            String base = platform.url(ServiceCatalogue.STREAMING, r);
            Awaitility.await("the viewer gauge at 0 on streaming replica " + r).atMost(Duration.ofSeconds(30))
                    .until(() -> Rush.metric(base, "workshop_stream_viewers", rush.talk).equals(List.of(0.0)));
        }
        report("both replicas' viewer gauges at 0 after going live", liveAt);
        List<Rush.Person> viewers = confirmed.subList(CANCELLING, CANCELLING + VIEWERS);
        for (int i = 0; i < viewers.size(); i++) {
            Rush.Person viewer = viewers.get(i);
            int r = i % 2;
            int counted = countFor(i, r);
            Api.Answer[] join = new Api.Answer[1];
            Awaitility.await("streaming-service knows " + viewer.username()).atMost(Rush.EVENTUALLY)
                    .until(() -> (join[0] = Api.post(streaming(platform, r, "/api/sessions/" + rush.talk + "/stream/join"), viewer.token(), null))
                            .status() != 403);
            String path = URI.create(join[0].expect(200).path("watchUrl").asText()).getPath();
            // The replica's stream state is cached for a second: a viewer counts once it sees the stream live.
            Awaitility.await("a viewer counted on replica " + r).atMost(Duration.ofSeconds(30))
                    .until(() -> Api.get(streaming(platform, r, path), null).status() == 302
                            && viewersOn(platform, r, rush.talk) >= counted);
        }
        double first = viewersOn(platform, 0, rush.talk);
        double second = viewersOn(platform, 1, rush.talk);
        System.out.printf("viewers: replica 0 %.0f + replica 1 %.0f = %.0f (N = %d)%n", first, second, first + second, VIEWERS);
        assertEquals(VIEWERS, first + second, "the replicas' gauges sum to the viewers");
        assertEquals(VIEWERS / 2.0, first, "each replica counts the viewers it redirected");

        platform.all().forEach(service -> assertTrue(service.isReady(), service.name() + " on " + service.port() + " ready"));
        report("whole test", began);
    }

    /** Viewers that replica {@code r} must count once viewer {@code i} (even on 0, odd on 1) followed the link. */
    private static int countFor(int i, int r) {
        return r == 0 ? i / 2 + 1 : (i + 1) / 2;
    }

    private static double viewersOn(ReplicatedPlatform platform, int replica, UUID session) {
        return Rush.metric(platform.url(ServiceCatalogue.STREAMING, replica), "workshop_stream_viewers", session).stream()
                .mapToDouble(Double::doubleValue).sum();
    }

    private static String streaming(ReplicatedPlatform platform, int replica, String path) {
        return platform.url(ServiceCatalogue.STREAMING, replica) + path;
    }

    /** The emails of the people holding an open offer once {@value #CANCELLING} are open and none of them is in {@code before}. */
    private static Set<String> awaitOffered(Rush rush, Set<String> before) {
        AtomicReference<Set<String>> offered = new AtomicReference<>(Set.of());
        Awaitility.await("a round of " + CANCELLING + " offers").atMost(Rush.EVENTUALLY).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode list = Api.get(rush.registration(0, "/api/workshops/" + rush.id + "/registrations?status=OFFERED&size=50"),
                            rush.organizer).expect(200);
                    offered.set(new HashSet<>(list.path("items").findValuesAsText("email")));
                    return offered.get().size() == CANCELLING && offered.get().stream().noneMatch(before::contains);
                });
        return offered.get();
    }

    private static void report(String what, long sinceNanos) {
        System.out.printf("%s: %d s%n", what, Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds());
    }
}
