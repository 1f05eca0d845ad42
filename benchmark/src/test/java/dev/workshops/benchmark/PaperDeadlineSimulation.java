package dev.workshops.benchmark;

import dev.workshops.events.CallChanged;
import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.infra.CraftedPdfs;
import dev.workshops.infra.Tokens;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * submissions.md: authors upload their PDF in the last minute before the paper deadline. 500 authors, each with a
 * draft, upload a 1 MB PDF, arriving evenly over the 60 s before the deadline (23:59-style, in AoE). Beside it, in
 * the same run: the same uploads to a no-op endpoint (the ceiling), and the service's heap high-water mark during
 * the uploads and while idle. Afterwards every upload must be stored (SUBMITTED with the uploaded SHA-256) and counted
 * ({@code workshop_submission_pdf_bytes_count}).
 */
public class PaperDeadlineSimulation extends Simulation {

    static final int AUTHORS = Integer.getInteger("bench.authors", 500);
    static final Duration BEFORE_DEADLINE = Duration.ofSeconds(Integer.getInteger("bench.upload-seconds", 60));
    static final int PDF_BYTES = Integer.getInteger("bench.pdf-bytes", 1024 * 1024);

    private final Preparation day = Preparation.workshop("Paper deadline", 10);
    private final byte[] paper = CraftedPdfs.paperOfSize(PDF_BYTES, 7);
    private final List<Author> authors = prepareAuthors();
    private final Instant deadline = closeSoon();
    private final long deadlineNanos = System.nanoTime() + Duration.between(Instant.now(), deadline).toNanos();
    private final Figures uploads = new Figures("PDF upload");
    private final Figures noOp = new Figures("upload to a no-op endpoint");
    private final UploadSink sink = UploadSink.start();
    private final HeapWatch heap = new HeapWatch(Stack.SUBMISSIONS);

    private record Author(String submissionId, String token) {
    }

    {
        ChainBuilder upload = CoreDsl.exec(session -> session.set("start", System.nanoTime()))
                .exec(http("upload PDF").put(Stack.SUBMISSIONS + "/api/submissions/#{submission}/pdf")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "application/pdf")
                        .body(ByteArrayBody(paper)).check(status().is(200)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        uploads.record(session.getLong("start"), System.nanoTime());
                    }
                    return session;
                });
        ChainBuilder ceiling = CoreDsl.exec(session -> session.set("start", System.nanoTime()))
                .exec(http("upload to no-op").put(sink.url()).header("Content-Type", "application/pdf")
                        .body(ByteArrayBody(paper)).check(status().is(204)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        noOp.record(session.getLong("start"), System.nanoTime());
                    }
                    return session;
                });
        Duration untilLastMinute = Duration.between(Instant.now(), deadline.minus(BEFORE_DEADLINE));
        PopulationBuilder rush = scenario("last-minute uploads")
                .feed(listFeeder(authors.stream().map(a -> Map.<String, Object>of("submission", a.submissionId(), "token", a.token()))
                        .toList()).queue())
                .exec(upload)
                .injectOpen(nothingFor(untilLastMinute), rampUsers(AUTHORS).during(BEFORE_DEADLINE));
        PopulationBuilder sameToNoOp = scenario("ceiling: no-op uploads").exec(ceiling)
                .injectOpen(rampUsers(AUTHORS).during(BEFORE_DEADLINE));
        setUp(rush.andThen(sameToNoOp)).protocols(http.shareConnections().acceptHeader("application/json"));
    }

    /** Authors with verified emails, a call whose deadline is far ahead, and one draft each; tokens fetched last. */
    private List<Author> prepareAuthors() {
        Preparation.eventually("submissions-service knows " + day.workshop, () -> Api.put(callUrl(), day.organizer,
                call(day.now.plus(Duration.ofDays(7)))).status() == 200);
        List<Preparation.Attendee> people = Preparation.attendees("author", AUTHORS);
        List<String> drafts = Preparation.inParallel(people, person -> Api.post(Stack.SUBMISSIONS + "/api/workshops/" + day.workshop
                + "/submissions", person.token(), draft(person)).expect(201).path("id").asText());
        // Tokens fresh for the timed part, which starts minutes after the ones used to prepare.
        List<String> tokens = Preparation.inParallel(people, person -> Tokens.freshAccessToken(Stack.ISSUER, person.username(),
                person.username(), Tokens.CLI_CLIENT));
        return java.util.stream.IntStream.range(0, people.size()).mapToObj(i -> new Author(drafts.get(i), tokens.get(i))).toList();
    }

    /** The chair moves the deadline to a whole minute at least 90 s away, so the last minute before it is the timed part. */
    private Instant closeSoon() {
        Instant at = Instant.now().plus(BEFORE_DEADLINE).plusSeconds(90).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Api.put(callUrl(), day.organizer, call(at)).expect(200);
        return at;
    }

    private String callUrl() {
        return Stack.SUBMISSIONS + "/api/workshops/" + day.workshop + "/call";
    }

    private Map<String, Object> call(Instant deadlineAt) {
        var aoe = deadlineAt.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", "Submissions (up to 4 pages, excluding references) will be peer-reviewed.");
        body.put("tracks", List.of(Map.of("id", "main", "name", "Main track")));
        body.put("formats", List.of(Map.of("id", "short", "name", "Short paper", "maxPages", 4, "maxBytes", 10 * 1024 * 1024)));
        body.put("opensAt", day.now.minus(Duration.ofDays(30)).toString());
        body.put("deadline", Map.of("date", aoe.toLocalDate().toString(), "time", aoe.toLocalTime().toString(), "zone", "AoE"));
        body.put("reviewDeadline", Map.of("date", aoe.toLocalDate().plusDays(30).toString(), "time", "23:59", "zone", "AoE"));
        body.put("blind", "DOUBLE");
        return body;
    }

    private static Map<String, Object> draft(Preparation.Attendee person) {
        return Map.of("title", "Reasoning under load", "abstract", "What a deadline does to a service.", "track", "main",
                "format", "short", "keywords", List.of("benchmark"),
                "authors", List.of(Map.of("name", person.username(), "email", person.email(), "affiliation", "Bench University",
                        "presenter", true)));
    }

    @Override
    public void after() {
        long uploadHeap = heap.highestBetween(uploads.firstStartNanos(), uploads.lastEndNanos());
        long idleHeap = heap.highestBetween(noOp.firstStartNanos(), noOp.lastEndNanos());
        heap.close();
        sink.close();
        Results results = new Results("Paper deadline: " + AUTHORS + " authors upload a " + PDF_BYTES / 1024
                + " KiB PDF within the " + BEFORE_DEADLINE.toSeconds() + " s before the deadline");
        results.line(uploads.summary());
        results.line(noOp.summary());
        results.line(Figures.ratio("p99 upload ms (ceiling: the no-op endpoint)", uploads.percentileMillis(99),
                noOp.percentileMillis(99), "ms"));
        results.line(String.format(Locale.ROOT, "submissions-service heap high-water: %.0f MB during the uploads, %.0f MB idle"
                + " (during the no-op uploads)", uploadHeap / 1e6, idleHeap / 1e6));
        results.check(uploads.count() == AUTHORS, "every upload answered 200 (" + uploads.count() + "/" + AUTHORS + ")");
        JsonNode submitted = Api.get(Stack.SUBMISSIONS + "/api/workshops/" + day.workshop + "/submissions?status=SUBMITTED&size=500",
                day.organizer).expect(200);
        String sha256 = sha256(paper);
        long stored = StreamSupport.stream(submitted.path("items").spliterator(), false)
                .filter(item -> sha256.equals(item.path("pdf").path("sha256").asText()) && item.path("pdf").path("bytes").asLong() == paper.length)
                .count();
        results.check(submitted.path("total").asLong() == AUTHORS && stored == Math.min(AUTHORS, 500),
                "every upload stored: " + submitted.path("total").asLong() + " SUBMITTED, " + stored + " of the first page with the uploaded SHA-256");
        String counted = metrics().lines()
                .filter(line -> line.startsWith("workshop_submission_pdf_bytes_count{") && line.contains("workshop=\"" + day.workshop + "\""))
                .findFirst().orElse("none");
        results.check(counted.endsWith(" " + (double) AUTHORS) || counted.endsWith(" " + AUTHORS),
                "every upload counted in workshop_submission_pdf_bytes: " + counted);
        long late = StreamSupport.stream(submitted.path("items").spliterator(), false)
                .filter(item -> item.path("pdf").path("lateWithinGrace").asBoolean()).count();
        results.line("uploads answered after the deadline " + deadline + " (kept, lateWithinGrace): " + late
                + (uploads.lastEndNanos() > deadlineNanos ? "; the last answer came after it" : "; every answer came before it"));
        results.publish();
    }

    private static String metrics() {
        try {
            return HeapWatch.scrape(Stack.SUBMISSIONS + "/q/metrics");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read submissions-service's metrics", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
