package dev.workshops.platform.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.ServiceProcess;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * issue 21, "Crashes, proven": during a registration rush on the replicated platform, {@code kill -9} of one
 * registration-service replica; separately, the Kafka broker killed and started again; separately, PostgreSQL
 * restarted. Each time every registration answered 201 exists, every person is told exactly once, nothing is
 * half-written (the seat counter equals the rows holding seats), and every service is ready again by itself (only
 * the killed replica is started again).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashDuringRushIT {

    private static final int PEOPLE = 400;
    private static final int SEATS = 40;
    private static final Duration READY_AGAIN = Duration.ofSeconds(120);

    @Test
    @Order(1)
    void aRegistrationReplicaKilledMidRush() {
        ReplicatedPlatform platform = ReplicatedPlatform.get();
        Rush rush = new Rush(platform, "Replica killed", SEATS, Duration.ofHours(1));
        List<Rush.Answer> answers = rushWith(rush, () -> {
            ServiceProcess victim = platform.replica(ServiceCatalogue.REGISTRATION, 1);
            victim.kill();
            System.out.printf("killed registration-service replica 1 (pid %d) after %d answers%n", victim.pid(), rush.answered.get());
        });
        long restart = System.nanoTime();
        platform.restart(ServiceCatalogue.REGISTRATION, 1, READY_AGAIN);
        System.out.printf("registration-service replica 1 started again, ready in %d ms%n", Duration.ofNanos(System.nanoTime() - restart).toMillis());
        checkNothingLostOrDoubled(platform, rush, answers, "replica killed");
    }

    @Test
    @Order(2)
    void theBrokerKilledMidRushAndStartedAgain() {
        ReplicatedPlatform platform = ReplicatedPlatform.get();
        Rush rush = new Rush(platform, "Broker killed", SEATS, Duration.ofHours(1));
        List<Rush.Answer> answers = rushWith(rush, () -> {
            platform.kafka.kill();
            int atKill = rush.answered.get();
            System.out.printf("killed the Kafka broker after %d answers%n", atKill);
            // Registrations go on without the broker: their facts wait in the outbox.
            awaitAnswered(rush, Math.min(PEOPLE, atKill + PEOPLE / 3));
            long start = System.nanoTime();
            platform.kafka.start();
            System.out.printf("Kafka broker started again after %d answers, answering in %d ms%n", rush.answered.get(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        });
        assertEquals(PEOPLE, answers.stream().filter(Rush.Answer::created).count(),
                "without the broker registrations are still taken: " + summary(answers));
        checkNothingLostOrDoubled(platform, rush, answers, "broker killed");
    }

    @Test
    @Order(3)
    void postgresRestartedMidRush() {
        ReplicatedPlatform platform = ReplicatedPlatform.get();
        Rush rush = new Rush(platform, "Database restarted", SEATS, Duration.ofHours(1));
        List<Rush.Answer> answers = rushWith(rush, () -> {
            long start = System.nanoTime();
            platform.postgres.restart(Duration.ofSeconds(60));
            System.out.printf("PostgreSQL restarted after %d answers, in %d ms%n", rush.answered.get(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        });
        checkNothingLostOrDoubled(platform, rush, answers, "database restarted");
    }

    /** The rush of {@value #PEOPLE}, with {@code fault} done once a third of them have been answered. */
    private static List<Rush.Answer> rushWith(Rush rush, Runnable fault) {
        CompletableFuture<List<Rush.Answer>> rushing = rush.start(Rush.crowd(rush.platform, PEOPLE));
        awaitAnswered(rush, PEOPLE / 3);
        fault.run();
        return rushing.join();
    }

    private static void awaitAnswered(Rush rush, int answers) {
        Awaitility.await(answers + " answers").atMost(Rush.EVENTUALLY).pollInterval(Duration.ofMillis(20))
                .until(() -> rush.answered.get() >= answers);
    }

    private static void checkNothingLostOrDoubled(ReplicatedPlatform platform, Rush rush, List<Rush.Answer> answers, String fault) {
        long ready = System.nanoTime();
        for (ServiceProcess service : platform.all()) {
            service.awaitReady(READY_AGAIN);
        }
        System.out.printf("[%s] every service ready again by itself %d ms after the rush ended%n", fault,
                Duration.ofNanos(System.nanoTime() - ready).toMillis());
        System.out.printf("[%s] rush answers: %s, %s%n", fault, summary(answers), Rush.latencies(answers));

        // What a client does about the answers it did not get: ask again (201, or 409 when it had been taken).
        List<Rush.Answer> settled = rush.retryUnanswered(answers);
        long retried = answers.stream().filter(answer -> !answer.created()).count();
        System.out.printf("[%s] %d asked again: %s%n", fault, retried, summary(settled.stream().filter(a -> !answers.contains(a)).toList()));

        // Every 201 exists, as answered.
        for (Rush.Answer answer : settled) {
            JsonNode mine = rush.mine(answer.person());
            if (answer.created()) {
                assertEquals(answer.registrationId(), mine.path("id").asText(), "the registration answered 201 exists: " + mine);
            }
            assertTrue(List.of("CONFIRMED", "WAITLISTED").contains(mine.path("status").asText()), "registered: " + mine);
        }
        JsonNode stats = rush.stats().path("inPerson");
        assertEquals(SEATS, stats.path("confirmed").asInt(), "[" + fault + "] stats " + stats);
        assertEquals(PEOPLE - SEATS, stats.path("waitlisted").asInt(), "[" + fault + "] stats " + stats);
        assertEquals(PEOPLE, rush.rows("CONFIRMED") + rush.rows("WAITLISTED"), "one row per person");
        assertEquals(rush.seatHoldingRows(), rush.seatsTaken(), "[" + fault + "] nothing half-written: the seat counter equals the rows");

        // Every outbox row reaches the topic (a crash may publish one twice: consumers deduplicate on ce_id).
        Awaitility.await("[" + fault + "] the outbox drained").atMost(Rush.EVENTUALLY).until(() -> rush.unsentOutboxRows() == 0);
        List<String> published = rush.publishedEventIds();
        long rows = rush.outboxRows();
        System.out.printf("[%s] outbox: %d rows, %d records, %d distinct ce_id%n", fault, rows, published.size(), new HashSet<>(published).size());
        assertEquals(rows, new HashSet<>(published).size(), "every outbox row published");

        // Every person told exactly once: one registration email each; the confirmed, one reminder each.
        long mail = System.nanoTime();
        Awaitility.await("[" + fault + "] everyone told").atMost(Rush.EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> rush.subjectsByEmail().values().stream().mapToLong(List::size).sum() >= PEOPLE + SEATS);
        Awaitility.await("[" + fault + "] notification-service settled").atMost(Rush.EVENTUALLY).until(rush::notificationsSettled);
        Map<String, List<String>> told = rush.subjectsByEmail();
        Map<String, String> finalStatus = settled.stream().collect(Collectors.toMap(a -> a.person().email(),
                a -> rush.mine(a.person()).path("status").asText()));
        List<String> wrong = finalStatus.entrySet().stream().filter(e -> {
            List<String> expected = "CONFIRMED".equals(e.getValue())
                    ? List.of(rush.confirmedSubject(), rush.reminderSubject()) : List.of(rush.waitlistedSubject());
            return !expected.stream().sorted().toList().equals(told.getOrDefault(e.getKey(), List.of()).stream().sorted().toList());
        }).map(e -> e.getKey() + " " + e.getValue() + ": " + told.get(e.getKey())).limit(10).toList();
        System.out.printf("[%s] emails: %d to %d people, each told once: %s (all in %d ms)%n", fault,
                told.values().stream().mapToLong(List::size).sum(), told.size(), wrong.isEmpty(), Duration.ofNanos(System.nanoTime() - mail).toMillis());
        assertEquals(List.of(), wrong, "[" + fault + "] each person told exactly once");
    }

    private static Map<String, Long> summary(List<Rush.Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(a -> a.status() == -1 ? "no answer" : a.status() + " " + a.registrationStatus(),
                java.util.TreeMap::new, Collectors.counting()));
    }
}
