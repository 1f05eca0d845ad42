package dev.workshops.platform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.Parallel;
import dev.workshops.infra.PlatformService;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.ServiceProcess;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.awaitility.Awaitility;

/**
 * One workshop and a registration rush on it, through the public APIs of the replicated platform: the organizer's
 * set-up, many attendees registering at once spread over the registration-service replicas, and what the tests read
 * back (answers, emails per person, rows and events).
 */
final class Rush {

    static final Duration EVENTUALLY = Duration.ofSeconds(180);
    static final String REGISTRATION_TOPIC = dev.workshops.events.Topics.REGISTRATIONS;
    private static final int IN_FLIGHT = 48;

    /** An attendee with a token; the realm gives {@code <username>@bench.workshop.test} as the email. */
    record Person(String username, String token) {

        String email() {
            return username + "@bench.workshop.test";
        }
    }

    /** What one registration request got: the HTTP status (-1 when the connection failed) and the registration's status. */
    record Answer(Person person, int replica, int status, String registrationStatus, String registrationId, long nanos) {

        boolean created() {
            return status == 201;
        }
    }

    final ReplicatedPlatform platform;
    final String id = "rush-" + UUID.randomUUID().toString().substring(0, 8);
    final String title;
    final String organizer;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    final Instant startsAt = now.plus(3, ChronoUnit.HOURS);
    final UUID talk;
    final AtomicInteger answered = new AtomicInteger();
    /**
     * The client's own threads, never the common pool: on two cores the common pool has one thread, and a rush loop
     * or a response stage waiting there for the other would wait for ever.
     */
    private static final ExecutorService CLIENT_THREADS = Executors.newCachedThreadPool(task -> Thread.ofPlatform().daemon()
            .name("rush-client").unstarted(task));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(CLIENT_THREADS)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * A workshop starting in three hours (so its day-before reminder is due at once), a streamed talk right at its
     * start, released; a policy of {@code seats} in-person seats, unlimited online, offers open for {@code offerTtl}.
     */
    Rush(ReplicatedPlatform platform, String title, int seats, Duration offerTtl) {
        this.platform = platform;
        this.title = title + " " + id;
        this.organizer = Tokens.freshAccessToken(platform.issuer, "olivia", "olivia", Tokens.CLI_CLIENT);
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("id", id);
        workshop.put("title", this.title);
        workshop.put("timezone", "Europe/Vienna");
        workshop.put("venue", "TU Wien");
        workshop.put("startsAt", startsAt.toString());
        workshop.put("endsAt", now.plus(2, ChronoUnit.DAYS).toString());
        Api.post(schedule("/api/workshops"), organizer, workshop).expect(201);
        Map<String, Object> session = new LinkedHashMap<>();
        // A talk nobody starred: going live tells nobody (a keynote would email everyone with stream access).
        session.put("title", "Opening talk");
        session.put("kind", "TALK");
        session.put("startsAt", startsAt.toString());
        session.put("endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString());
        session.put("room", "Hall A");
        session.put("speakers", List.of(Map.of("name", "Sam Speaker")));
        talk = UUID.fromString(Api.post(schedule("/api/workshops/" + id + "/sessions"), organizer, session).expect(201).path("id").asText());
        Api.post(schedule("/api/workshops/" + id + "/schedule/releases"), organizer, Map.of("comment", "program")).expect(201);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("inPersonCapacity", seats);
        policy.put("opensAt", now.minus(1, ChronoUnit.DAYS).toString());
        policy.put("closesAt", now.plus(2, ChronoUnit.DAYS).toString());
        policy.put("offerTtl", offerTtl.toString());
        // registration-service learns of the workshop from the `workshops` topic: 404 until then.
        Awaitility.await("registration-service knows " + id).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250))
                .until(() -> Api.put(registration(0, "/api/workshops/" + id + "/registration-policy"), organizer, policy).status() == 200);
    }

    String schedule(String path) {
        return platform.url(ServiceCatalogue.SCHEDULE, 0) + path;
    }

    String registration(int replica, String path) {
        return platform.url(ServiceCatalogue.REGISTRATION, replica) + path;
    }

    /** New attendees in Keycloak, each with a fresh token (fetched side by side). */
    static List<Person> people(ReplicatedPlatform platform, String prefix, int count) {
        List<String> usernames = KeycloakUsers.createAttendees(platform.issuer, prefix + "-" + System.currentTimeMillis(), count);
        return inParallel(usernames, name -> new Person(name, Tokens.freshAccessToken(platform.issuer, name, name, Tokens.CLI_CLIENT)));
    }

    /** The same people with new tokens (a token lives 15 minutes; a later rush must not outlive it). */
    static List<Person> refreshed(ReplicatedPlatform platform, List<Person> people) {
        return inParallel(people, person -> new Person(person.username(),
                Tokens.freshAccessToken(platform.issuer, person.username(), person.username(), Tokens.CLI_CLIENT)));
    }

    /**
     * Everyone registers in person at once, {@value #IN_FLIGHT} requests in flight, person {@code i} on replica {@code i
     * % replicas}; returns at once, the answers come with the future. {@link #answered} counts them as they come.
     */
    CompletableFuture<List<Answer>> start(List<Person> people) {
        int replicas = platform.replicasOf(ServiceCatalogue.REGISTRATION).size();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        // The loop that waits for free slots runs on a thread of its own.
        return CompletableFuture.supplyAsync(() -> {
            List<CompletableFuture<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                int replica = i % replicas;
                slots.acquireUninterruptibly();
                answers.add(register(person, replica).whenComplete((answer, error) -> {
                    slots.release();
                    answered.incrementAndGet();
                }));
            }
            return answers.stream().map(CompletableFuture::join).toList();
        }, task -> Thread.ofPlatform().daemon().name("rush-" + id).start(task));
    }

    /** One registration request to one replica; a failed connection is an answer too (status -1). */
    CompletableFuture<Answer> register(Person person, int replica) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registration(replica, "/api/workshops/" + id + "/registrations")))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + person.token())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"IN_PERSON\"}")).build();
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    JsonNode body = json(response.body());
                    return new Answer(person, replica, response.statusCode(), body.path("status").asText(null), body.path("id").asText(null),
                            System.nanoTime() - start);
                })
                .exceptionally(failed -> new Answer(person, replica, -1, null, null, System.nanoTime() - start));
    }

    /**
     * What a client does with a registration that got no 201 (its connection died, or the service answered 5xx):
     * it asks again on a replica that is ready, until the answer is 201 or 409 with the registration there (it had been
     * taken after all).
     */
    List<Answer> retryUnanswered(List<Answer> answers) {
        List<Answer> settled = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.created()) {
                settled.add(answer);
                continue;
            }
            Answer[] last = {answer};
            Awaitility.await("a registration of " + answer.person().username() + " settles").atMost(EVENTUALLY)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        int replica = readyReplica();
                        last[0] = register(answer.person(), replica).join();
                        // A 409 is "you already have one" only if it is there (a deadlock PostgreSQL broke is a 409 too).
                        return last[0].status() == 201 || last[0].status() == 409
                                && Api.get(registration(replica, "/api/workshops/" + id + "/registrations/me"), answer.person().token()).status() == 200;
                    });
            settled.add(last[0]);
        }
        return settled;
    }

    private int readyReplica() {
        List<ServiceProcess> replicas = platform.replicasOf(ServiceCatalogue.REGISTRATION);
        for (int i = 0; i < replicas.size(); i++) {
            if (replicas.get(i).isAlive() && replicas.get(i).isReady()) {
                return i;
            }
        }
        return 0;
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? Api.JSON.missingNode() : Api.JSON.readTree(body);
        } catch (IOException notJson) {
            return Api.JSON.missingNode();
        }
    }

    /** The values of a metric's series for one session, as {@code /q/metrics} of one replica shows them now (Prometheus text). */
    static List<Double> metric(String baseUrl, String series, UUID session) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/plain").GET().build();
        try {
            String text = METRICS.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(line -> line.startsWith(series + "{") && line.contains("session=\"" + session + "\""))
                    .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final HttpClient METRICS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The attendees of this test JVM, created in Keycloak once and shared by every rush (each rush is its own
     * workshop); their tokens are renewed when older than ten minutes (they live fifteen).
     */
    static synchronized List<Person> crowd(ReplicatedPlatform platform, int count) {
        if (crowd == null || crowd.size() < count) {
            crowd = people(platform, "crowd", count);
            crowdTokensAt = System.nanoTime();
        } else if (System.nanoTime() - crowdTokensAt > Duration.ofMinutes(10).toNanos()) {
            crowd = refreshed(platform, crowd);
            crowdTokensAt = System.nanoTime();
        }
        return crowd.subList(0, count);
    }

    private static List<Person> crowd;
    private static long crowdTokensAt;

    /**
     * Whether notification-service has read every registration event published so far and has no email of this
     * workshop left to send: after that no further email can come for what happened (a reminder is deduplicated by
     * its fact key, whichever replica sweeps).
     */
    boolean notificationsSettled() {
        return TestEvents.consumedToTheEnd(platform.kafka.bootstrapServers(), ServiceCatalogue.NOTIFICATION.name(), REGISTRATION_TOPIC)
                && Api.get(platform.url(ServiceCatalogue.NOTIFICATION, 0) + "/api/notifications/deliveries?size=1&workshopId=" + id
                        + "&status=PENDING", organizer).expect(200).path("total").asInt() == 0;
    }

    JsonNode stats() {
        return Api.get(registration(0, "/api/workshops/" + id + "/registrations/stats"), organizer).expect(200);
    }

    JsonNode mine(Person person) {
        return Api.get(registration(0, "/api/workshops/" + id + "/registrations/me"), person.token()).expect(200);
    }

    /** Subjects of the emails this workshop sent to each address (by first recipient), in arrival order. */
    Map<String, List<String>> subjectsByEmail() {
        Map<String, List<String>> subjects = new HashMap<>();
        for (MimeMessage message : platform.smtp.received()) {
            try {
                String subject = message.getSubject();
                if (subject != null && subject.contains(title)) {
                    subjects.computeIfAbsent(message.getAllRecipients()[0].toString(), address -> new ArrayList<>()).add(subject);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    String confirmedSubject() {
        return "You have a place at " + title;
    }

    String waitlistedSubject() {
        return "You are on the waitlist for " + title;
    }

    String offeredSubject() {
        return "A seat at " + title + " is yours if you want it";
    }

    String movedOnlineSubject() {
        return "You now take part in " + title + " online";
    }

    String cancelledSubject() {
        return "Your registration for " + title + " is cancelled";
    }

    String reminderSubject() {
        return title + " starts tomorrow";
    }

    /** A row count of one query with this workshop's id as its only parameter. */
    long count(PlatformService service, String sql) {
        try (Connection connection = platform.database(service); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The in-person seats the counter says are taken (CONFIRMED plus OFFERED). */
    long seatsTaken() {
        return count(ServiceCatalogue.REGISTRATION, "SELECT coalesce(sum(taken), 0) FROM seat_counter WHERE workshop_id = ? AND mode = 'IN_PERSON'");
    }

    /** The registrations that hold an in-person seat, row by row. */
    long seatHoldingRows() {
        return count(ServiceCatalogue.REGISTRATION, "SELECT count(*) FROM registration WHERE workshop_id = ? AND mode = 'IN_PERSON'"
                + " AND status IN ('CONFIRMED', 'OFFERED')");
    }

    long rows(String status) {
        return count(ServiceCatalogue.REGISTRATION, "SELECT count(*) FROM registration WHERE workshop_id = ? AND status = '" + status + "'");
    }

    /** This workshop's registration events on the topic: ce_id by record, in partition order. */
    List<String> publishedEventIds() {
        return TestEvents.readAll(platform.kafka.bootstrapServers(), REGISTRATION_TOPIC).stream()
                .filter(record -> record.key() != null && record.key().startsWith(id + "/"))
                .map(record -> record.header(dev.workshops.events.CloudEventHeaders.ID)).toList();
    }

    /** The outbox rows registration-service recorded for this workshop's registrations. */
    long outboxRows() {
        return count(ServiceCatalogue.REGISTRATION, "SELECT count(*) FROM outbox_event WHERE topic = '" + REGISTRATION_TOPIC
                + "' AND message_key LIKE ? || '/%'");
    }

    long unsentOutboxRows() {
        return count(ServiceCatalogue.REGISTRATION, "SELECT count(*) FROM outbox_event WHERE topic = '" + REGISTRATION_TOPIC
                + "' AND sent_at IS NULL AND message_key LIKE ? || '/%'");
    }

    static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        return Parallel.map(items, 16, work);
    }

    /** Median and 99th percentile of the answers' times, in ms. */
    static String latencies(List<Answer> answers) {
        long[] millis = answers.stream().mapToLong(answer -> answer.nanos() / 1_000_000).sorted().toArray();
        if (millis.length == 0) {
            return "no answers";
        }
        return "p50 " + millis[millis.length / 2] + " ms, p99 " + millis[Math.min(millis.length - 1, (int) (millis.length * 0.99))]
                + " ms, max " + millis[millis.length - 1] + " ms";
    }
}
