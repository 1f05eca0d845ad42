package dev.workshops.infra.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.RawHttp;
import dev.workshops.infra.Tokens;
import dev.workshops.infra.hostile.HostileCorpus.Expect;
import dev.workshops.infra.hostile.HostileCorpus.HostileCase;
import dev.workshops.infra.hostile.OpenApiOperations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The hostile-input check of a running service: every operation of its OpenAPI document gets the bad requests of
 * {@link HostileCorpus} (malformed and mistyped bodies, NUL and unpaired surrogates, dates past year 9999, bodies above
 * 64 KiB and nested 5,000 deep, bad path and query parameters, wrong media types, a missing body, a malformed bearer
 * token and Accept header), sent as a user with every role. It fails, listing each, on any answer that is a 5xx, an
 * error that is not an RFC 9457 problem ({@code application/problem+json} with {@code type}, {@code title} and
 * {@code status} the HTTP status), an answer naming a Java class or showing a stack trace, a bad request that was not
 * refused, a row added to the service's database by a refused request, or a service that is no longer ready after.
 *
 * <p>Runs inside a service's {@code @QuarkusTest} (its real servers; {@code workshop.test.issuer} and the datasource
 * from its configuration): {@code HostileInputs.check(port)}. New endpoints are covered as soon as they are documented.
 */
public final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVERY_ROLE = List.of("attendee", "organizer", "mentor", "speaker", "staff");
    private static final String USER = "hostile-0";
    private static final int SHOWN_FAILURES = 80;
    static final String MALFORMED_TOKEN = "Bearer ..";

    /** A Java class or package name, or a stack frame: what no answer may show. */
    private static final Pattern LEAK = Pattern.compile(
            "\\b(java|javax|jakarta|dev\\.workshops|org\\.(jboss|hibernate|postgresql|eclipse|apache)|io\\.(vertx|quarkus|netty|smallrye)"
                    + "|com\\.fasterxml)\\.[a-zA-Z]|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|[A-Z]\\w*Exception\\b");

    private HostileInputs() {
    }

    /** Sends the corpus to every operation of the service on {@code port}; fails listing every rule an answer broke. */
    public static void check(int port) {
        String issuer = ConfigProvider.getConfig().getValue("workshop.test.issuer", String.class);
        KeycloakUsers.create(issuer, "hostile", 1, EVERY_ROLE);
        OpenApiOperations document = OpenApiOperations.of(port);
        List<Operation> operations = document.operations().stream().filter(op -> !op.path().startsWith("/q/")).toList();
        if (operations.isEmpty()) {
            throw new AssertionError("the OpenAPI document of the service on port " + port + " lists no operation");
        }
        DatabaseRows rows = DatabaseRows.ofService();
        Map<String, Long> before = rows.settled();

        List<String> failures = new ArrayList<>();
        List<HostileCase> tolerated = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        for (Operation operation : operations) {
            // Fetched per operation: the cached token is renewed well inside its lifetime, however long the run.
            HostileCorpus corpus = new HostileCorpus(document, Tokens.accessToken(issuer, USER));
            for (HostileCase hostile : corpus.casesFor(operation)) {
                if (hostile.expect() == Expect.TOLERATED) {
                    tolerated.add(hostile);
                } else {
                    judge(hostile, send(port, hostile, statuses), failures);
                    sent++;
                }
            }
        }
        rows.added(before, rows.counts()).forEach((table, added) ->
                failures.add("refused requests added " + added + " row(s) to " + table));
        // Last: these may be carried out (an unknown field is ignored; an operation anyone may call needs no token).
        for (HostileCase hostile : tolerated) {
            judge(hostile, send(port, hostile, statuses), failures);
            sent++;
        }
        RawHttp.Answer ready = RawHttp.get(port, "/q/health/ready");
        if (ready.status() != 200) {
            failures.add("after the hostile requests the service is not ready: " + ready);
        }
        System.out.printf("hostile-input check: %d requests to %d operations, answered %s, %d failure(s)%n", sent,
                operations.size(), statuses, failures.size());
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " hostile request(s) got a wrong answer:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(SHOWN_FAILURES, failures.size())))
                    + (failures.size() > SHOWN_FAILURES ? "\n  … and " + (failures.size() - SHOWN_FAILURES) + " more" : ""));
        }
    }

    private static RawHttp.Answer send(int port, HostileCase hostile, Map<Integer, Integer> statuses) {
        RawHttp.Answer answer = send(port, hostile);
        statuses.merge(answer.status(), 1, Integer::sum);
        return answer;
    }

    private static RawHttp.Answer send(int port, HostileCase hostile) {
        StringBuilder head = new StringBuilder(hostile.method()).append(' ').append(hostile.target()).append(" HTTP/1.1")
                .append("\r\nAuthorization: ").append(hostile.authorization())
                .append("\r\nAccept: ").append(hostile.accept());
        if (hostile.contentType() != null && hostile.body() != null) {
            head.append("\r\nContent-Type: ").append(hostile.contentType());
        }
        try {
            return RawHttp.send(port, head.toString(), hostile.body());
        } catch (UncheckedIOException noAnswer) {
            return new RawHttp.Answer(0, Map.of(), String.valueOf(noAnswer.getCause()));
        }
    }

    static void judge(HostileCase hostile, RawHttp.Answer answer, List<String> failures) {
        int status = answer.status();
        String body = HostileCorpus.abbreviated(answer.body());
        if (status == 0) {
            failures.add(hostile + ": no answer (" + body + ")");
            return;
        }
        if (status >= 500) {
            failures.add(hostile + ": answered " + status + " " + body);
            return;
        }
        if (status == 401 && !hostile.authorization().equals(MALFORMED_TOKEN)) {
            // The user has every role: a 401 would mean the check never got past authentication.
            failures.add(hostile + ": the hostile user's valid token was refused: " + body);
            return;
        }
        if (hostile.expect() == Expect.REFUSED && status < 400) {
            failures.add(hostile + ": not refused, answered " + status + " " + body);
            return;
        }
        if (LEAK.matcher(answer.body()).find()) {
            failures.add(hostile + ": the answer names a Java class or shows a stack frame: " + body);
        }
        if (status >= 400) {
            String problem = problemWith(status, answer);
            if (problem != null) {
                failures.add(hostile + ": answered " + status + " but " + problem + ": " + body);
            }
        }
    }

    /** Why {@code answer} is not an RFC 9457 problem of {@code status}, or null when it is one. */
    private static String problemWith(int status, RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "its content type is " + type;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "its body is not JSON";
        }
        if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual()) {
            return "it has no type and title";
        }
        if (problem.path("status").asInt(-1) != status) {
            return "its status member is " + problem.path("status");
        }
        return null;
    }
}
