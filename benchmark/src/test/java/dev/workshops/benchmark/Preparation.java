package dev.workshops.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.Parallel;
import dev.workshops.infra.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything a scenario needs before its timed part, through the public APIs: attendees in Keycloak with their
 * tokens, a workshop with a registration policy, sessions and releases.
 */
final class Preparation {

    /** An attendee ready to act: username (its email is {@code <username>@bench.workshop.test}) and access token. */
    record Attendee(String username, String token) {

        String email() {
            return username + "@bench.workshop.test";
        }
    }

    private static final int PARALLEL = 16;

    final String workshop = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    final String organizer = Tokens.accessToken(Stack.ISSUER, "olivia");
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    private Preparation() {
    }

    /** A workshop (started an hour ago, for two days) whose registration opened yesterday. */
    static Preparation workshop(String title, int inPersonCapacity) {
        Preparation preparation = new Preparation();
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("id", preparation.workshop);
        workshop.put("title", title);
        workshop.put("timezone", "Europe/Vienna");
        workshop.put("venue", "TU Wien");
        workshop.put("startsAt", preparation.now.minus(1, ChronoUnit.HOURS).toString());
        workshop.put("endsAt", preparation.now.plus(2, ChronoUnit.DAYS).toString());
        Api.post(Stack.SCHEDULE + "/api/workshops", preparation.organizer, workshop).expect(201);
        Map<String, Object> policy = Map.of("inPersonCapacity", inPersonCapacity,
                "opensAt", preparation.now.minus(1, ChronoUnit.DAYS).toString(),
                "closesAt", preparation.now.plus(2, ChronoUnit.DAYS).toString());
        eventually("registration-service knows " + preparation.workshop, () -> Api.put(Stack.REGISTRATION + "/api/workshops/"
                + preparation.workshop + "/registration-policy", preparation.organizer, policy).status() == 200);
        return preparation;
    }

    /** New attendees with their tokens (Keycloak's password hashing is made cheap in the realm first). */
    static List<Attendee> attendees(String prefix, int count) {
        List<String> usernames = KeycloakUsers.createAttendees(Stack.ISSUER, prefix + "-" + System.currentTimeMillis(), count);
        return inParallel(usernames, username -> new Attendee(username, Tokens.accessToken(Stack.ISSUER, username)));
    }

    UUID session(String title, String kind, Instant startsAt) {
        return UUID.fromString(Api.post(Stack.SCHEDULE + "/api/workshops/" + workshop + "/sessions", organizer,
                sessionBody(title, kind, startsAt, "Hall A")).expect(201).path("id").asText());
    }

    static Map<String, Object> sessionBody(String title, String kind, Instant startsAt, String room) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", title);
        session.put("kind", kind);
        session.put("startsAt", startsAt.toString());
        session.put("endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString());
        session.put("room", room);
        session.put("speakers", List.of(Map.of("name", "Sam Speaker")));
        return session;
    }

    JsonNode release() {
        return Api.post(Stack.SCHEDULE + "/api/workshops/" + workshop + "/schedule/releases", organizer, Map.of()).expect(201);
    }

    void registerAll(List<Attendee> attendees, String mode) {
        inParallel(attendees, attendee -> Api.post(Stack.REGISTRATION + "/api/workshops/" + workshop + "/registrations",
                attendee.token(), Map.of("mode", mode)).expect(201));
    }

    JsonNode stats() {
        return Api.get(Stack.REGISTRATION + "/api/workshops/" + workshop + "/registrations/stats", organizer).expect(200);
    }

    static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        return Parallel.map(items, PARALLEL, work);
    }

    static void eventually(String what, java.util.function.BooleanSupplier condition) {
        eventually(what, Duration.ofSeconds(120), condition);
    }

    static void eventually(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not happen within " + timeout);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static <T> boolean all(List<T> items, Predicate<T> check) {
        return items.stream().allMatch(check);
    }
}
